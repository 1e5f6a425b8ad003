package vn.hoptac.campaign.gathering.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.hoptac.campaign.gathering.domain.Audience;
import vn.hoptac.campaign.gathering.domain.GatheringKind;
import vn.hoptac.campaign.gathering.domain.GatheringTerms;
import vn.hoptac.campaign.plan.application.PlanService;
import vn.hoptac.campaign.plan.domain.Place;
import vn.hoptac.plumbing.errors.NotFoundException;
import vn.hoptac.plumbing.importing.application.ImportSpec;
import vn.hoptac.plumbing.importing.application.RowImporter;
import vn.hoptac.plumbing.importing.domain.ImportColumns;
import vn.hoptac.plumbing.importing.domain.RowCells;
import vn.hoptac.plumbing.importing.domain.RowIdentity;
import vn.hoptac.plumbing.importing.domain.RowResult;
import vn.hoptac.plumbing.importing.file.SpreadsheetFile;
import vn.hoptac.plumbing.web.IdempotentRequest;

/**
 * Bulk entry of classes, conferences and their attendance from a spreadsheet, through the platform's
 * import: each row records a gathering through {@link GatheringService#record}, with the row's identity
 * as idempotency key, so the same rules and events apply as in the API and a row uploaded again is
 * replayed, not recorded twice. A row names its plan by {@code planId} or by the number it was issued
 * under ({@code planNumber}, e.g. 123/KH-LMHTX: the plan of that number whose period holds the date).
 * Lists ({@code audiences}, {@code organisationIds}) are separated by commas or semicolons.
 */
@Component
public class ClassImporter implements RowImporter {

    public static final ImportColumns COLUMNS = ImportColumns.of(
            List.of("planId", "planNumber", "activityNumber", "kind", "title", "heldOn", "endsOn", "commune", "provinceCode",
                    "formerProvinceCode", "audiences", "ethnicMinorityArea", "attendance", "organisationIds"),
            List.of("activityNumber", "kind", "title", "heldOn", "audiences", "attendance"));
    static final ImportSpec SPEC = ImportSpec.of("gatherings", "the classes and conferences", COLUMNS, "gatheringId");
    private static final Set<String> YES = Set.of("true", "yes", "x", "có", "co", "1");
    private static final Set<String> NO = Set.of("false", "no", "không", "khong", "0");

    private final GatheringService gatherings;
    private final PlanService plans;

    public ClassImporter(GatheringService gatherings, PlanService plans) {
        this.gatherings = gatherings;
        this.plans = plans;
    }

    @Override
    public ImportSpec spec() {
        return SPEC;
    }

    @Override
    public RowResult importRow(SpreadsheetFile.Row row, RowCells cells, String actor) {
        String planId = cells.text("planId");
        String planNumber = cells.text("planNumber");
        Integer activityNumber = cells.integer("activityNumber");
        GatheringKind kind = cells.choice("kind", GatheringKind.class);
        String title = cells.text("title");
        var heldOn = cells.date("heldOn");
        var endsOn = cells.date("endsOn");
        Place place = new Place(cells.text("commune"), cells.provinceCode("provinceCode"), cells.provinceCode("formerProvinceCode"));
        List<Audience> audiences = audiences(cells);
        Boolean ethnicMinorityArea = yesOrNo(cells, "ethnicMinorityArea");
        Integer attendance = cells.integer("attendance");
        List<String> organisationIds = list(cells.text("organisationIds"));
        if ((planId == null) == (planNumber == null)) {
            cells.reject("planId", "give the plan's planId or its planNumber, one of them");
        }
        if (activityNumber == null && !cells.isUnreadable("activityNumber")) {
            cells.reject("activityNumber", "is required");
        }
        if (attendance == null && !cells.isUnreadable("attendance")) {
            cells.reject("attendance", "is required");
        }
        if (!cells.reasons().isEmpty()) {
            return RowResult.rejected(cells.row(), cells.reasons());
        }
        String identity = RowIdentity.of(COLUMNS.known(), planId, planNumber, activityNumber, kind, title, heldOn, endsOn,
                place.commune(), place.provinceCode(), place.formerProvinceCode(), audiences, ethnicMinorityArea, attendance,
                organisationIds);
        try {
            String plan = planId != null ? planId : plans.issuedUnder(planNumber, heldOn).aggregate().id();
            var recorded = gatherings.record(plan, activityNumber, new GatheringTerms(kind, title, heldOn, endsOn, place,
                    audiences, Boolean.TRUE.equals(ethnicMinorityArea)), attendance, organisationIds,
                    new IdempotentRequest(identity, identity), actor);
            String id = recorded.aggregate().aggregate().id();
            return recorded.replayed() ? RowResult.alreadyImported(cells.row(), id) : RowResult.created(cells.row(), id);
        } catch (NotFoundException e) {
            return RowResult.rejected(cells.row(), List.of((planId != null ? "planId: " : "activityNumber: ") + e.getMessage()));
        }
    }

    private static List<Audience> audiences(RowCells cells) {
        List<Audience> audiences = new ArrayList<>();
        for (String name : list(cells.text("audiences"))) {
            String constant = name.toUpperCase(Locale.ROOT).replaceAll("[ -]+", "_");
            try {
                audiences.add(Audience.valueOf(constant));
            } catch (IllegalArgumentException unknown) {
                cells.reject("audiences", "must each be one of " + EnumSet.allOf(Audience.class) + ", not \"" + name + "\"");
            }
        }
        return audiences;
    }

    private static Boolean yesOrNo(RowCells cells, String column) {
        String text = cells.text(column);
        if (text == null) {
            return null;
        }
        String answer = text.toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
            return true;
        }
        if (NO.contains(answer)) {
            return false;
        }
        cells.reject(column, "must be yes or no (có / không), not \"" + text + "\"");
        return null;
    }

    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
