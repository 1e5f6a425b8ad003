package vn.hoptac.registry.importing.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoptac.plumbing.errors.BadRequestException;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;
import vn.hoptac.registry.importing.application.ImportService;
import vn.hoptac.registry.importing.domain.RowOutcome;
import vn.hoptac.registry.importing.domain.RowResult;

/**
 * Bulk import of the register over HTTP: {@code POST /api/v1/imports} with the file (CSV or .xlsx) in the
 * multipart field {@code file} answers 202 and the import's location at once; {@code GET} there follows
 * it while it runs and gives its report; {@code …/rows} pages through every row's outcome.
 */
@RestController
@RequestMapping("/api/v1/imports")
public class ImportController {

    static final int REJECTED_SHOWN = 100;
    private static final int MAX_PAGE_SIZE = 1000;

    private final ImportService imports;

    public ImportController(ImportService imports) {
        this.imports = imports;
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @ApiResponse(responseCode = "202", description = "Accepted; follow the import at Location")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            Actor actor) throws IOException {
        String who = actor.id();
        if (file == null) {
            throw new BadRequestException("file", "Send the register in the multipart field 'file', as .csv or .xlsx.");
        }
        var job = imports.accept(file.getOriginalFilename(), file.getBytes(), who);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(ImportView.of(job, List.of()));
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ImportView get(@PathVariable String id) {
        var job = imports.get(id);
        return ImportView.of(job, imports.rows(id, RowOutcome.REJECTED, 0, REJECTED_SHOWN).items());
    }

    /** A page of an import's rows in row order, optionally only those with one outcome. */
    public record RowPage(List<RowResult> items, int page, int size, long totalItems, long totalPages) {
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}/rows")
    public RowPage rows(@PathVariable String id, @RequestParam(required = false) RowOutcome outcome,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            throw new BadRequestException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "size must be 1 to " + MAX_PAGE_SIZE);
        }
        var found = imports.rows(id, outcome, page, size);
        return new RowPage(found.items(), page, size, found.total(), (found.total() + size - 1) / size);
    }
}
