package vn.hoptac.campaign.gathering.web;

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
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.security.Actor;
import vn.hoptac.plumbing.security.Allowed;
import vn.hoptac.plumbing.security.Role;

/** Classes and conferences with their attendance from a spreadsheet (.csv or .xlsx), with a report per row. */
@RestController
@RequestMapping(GatheringImportController.PATH)
public class GatheringImportController {

    static final String PATH = "/api/v1/gathering-imports";

    private final Imports imports;

    public GatheringImportController(Imports imports) {
        this.imports = imports;
    }

    /** A row of the report: what became of it, the gathering it recorded, or why it was rejected. */
    record ImportedRowView(int row, RowOutcome outcome, String gatheringId, java.util.List<String> reasons) {

        static ImportedRowView of(RowResult result) {
            return new ImportedRowView(result.row(), result.outcome(), result.recordId(), result.reasons());
        }
    }

    @Allowed(Role.CAMPAIGN_OFFICER)
    @ApiResponse(responseCode = "202", description = "Accepted; follow the import at Location")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportView> upload(@RequestParam(name = "file", required = false) MultipartFile file, Actor actor)
            throws IOException {
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
