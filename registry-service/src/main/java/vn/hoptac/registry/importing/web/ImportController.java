package vn.hoptac.registry.importing.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoptac.plumbing.importing.ImportView;
import vn.hoptac.plumbing.importing.Imports;
import vn.hoptac.plumbing.importing.RowPage;
import vn.hoptac.plumbing.importing.domain.RowOutcome;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;

/**
 * Bulk import of the register over HTTP: {@code POST /api/v1/imports} with the file (CSV or .xlsx) in the
 * multipart field {@code file} answers 202 and the import's location at once; {@code GET} there follows
 * it while it runs and gives its report; {@code …/rows} pages through every row's outcome.
 */
@RestController
@RequestMapping(ImportController.PATH)
public class ImportController {

    static final String PATH = "/api/v1/imports";

    private final Imports imports;

    public ImportController(Imports imports) {
        this.imports = imports;
    }

    @Allowed(Role.REGISTRY_OFFICER)
    @ApiResponse(responseCode = "202", description = "Accepted; follow the import at Location")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
            Actor actor) throws IOException {
        return imports.accept(PATH, file, actor);
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}")
    public ImportView get(@PathVariable String id) {
        return imports.get(id);
    }

    @Allowed(Role.VIEWER)
    @GetMapping("/{id}/rows")
    public RowPage<ImportedRowView> rows(@PathVariable String id, @RequestParam(required = false) RowOutcome outcome,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return imports.rows(id, outcome, page, size).map(ImportedRowView::of);
    }
}
