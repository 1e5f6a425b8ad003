package vn.hoptac.campaign.gathering.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hoptac.campaign.plan.domain.Period;
import vn.hoptac.campaign.plan.domain.Place;
import vn.hoptac.campaign.plan.domain.ProvinceRules;
import vn.hoptac.campaign.plan.domain.Texts;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;

/**
 * A class, conference or study tour held for an activity of a plan: when and where, for whom, how
 * many attended and, when known, which organisations. Commendations (bằng khen) are awarded at
 * conferences, each once to an organisation under its title.
 */
public final class Gathering {

    public static final int MAX_ATTENDANCE = 100_000;
    static final int MAX_ORGANISATIONS = 500;
    static final int MAX_DAYS = 60;
    /** The registry's organisation ids. */
    private static final Pattern ORGANISATION_ID = Pattern.compile(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final String id;
    private final String provinceCode;
    private final String planId;
    private final int activityNumber;
    private final GatheringTerms terms;
    private int attendance;
    private List<String> organisationIds;
    private final List<Commendation> commendations;

    private Gathering(String id, String provinceCode, String planId, int activityNumber, GatheringTerms terms, int attendance,
            List<String> organisationIds, List<Commendation> commendations) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.planId = planId;
        this.activityNumber = activityNumber;
        this.terms = terms;
        this.attendance = attendance;
        this.organisationIds = List.copyOf(organisationIds);
        this.commendations = new ArrayList<>(commendations);
    }

    public static Gathering restore(String id, String provinceCode, String planId, int activityNumber, GatheringTerms terms,
            int attendance, List<String> organisationIds, List<Commendation> commendations) {
        return new Gathering(id, provinceCode, planId, activityNumber, terms, attendance, organisationIds == null ? List.of() : organisationIds,
                commendations == null ? List.of() : commendations);
    }

    /** A new gathering and the event that recorded it. */
    public record Recording(Gathering gathering, GatheringRecorded event) {
    }

    /**
     * Records a gathering held for activity {@code activityNumber} of a plan covering {@code planPeriod};
     * it is held within the plan's period, not in the future.
     */
    public static Recording record(String id, String planId, int activityNumber, Period planPeriod, GatheringTerms terms,
            int attendance, List<String> organisationIds, ProvinceRules provinces, String provinceCode, LocalDate today,
            String actor) {
        List<FieldError> errors = new ArrayList<>();
        GatheringTerms tidy = terms.checked(planPeriod, provinces, today, errors);
        List<String> organisations = checkedAttendance(attendance, organisationIds, errors);
        InvalidFieldException.failOn(errors);
        Gathering gathering = new Gathering(id, provinceCode, planId, activityNumber, tidy, attendance, organisations, List.of());
        Place place = tidy.place();
        return new Recording(gathering, new GatheringRecorded(id, provinceCode, tidy.heldOn(), actor, planId, activityNumber,
                tidy.kind(), tidy.title(), tidy.endsOn(), place.commune(), place.provinceCode(), place.formerProvinceCode(),
                tidy.audiences(), tidy.ethnicMinorityArea(), attendance, organisations));
    }

    /** Corrects the attendance after the fact; the attending organisations stay as they are unless given. */
    public List<GatheringEvent> correctAttendance(int corrected, List<String> organisationIds, LocalDate on, LocalDate today,
            String actor) {
        List<FieldError> errors = new ArrayList<>();
        List<String> organisations = checkedAttendance(corrected, organisationIds == null ? this.organisationIds
                : organisationIds, errors);
        checkDated("on", on, today, errors);
        InvalidFieldException.failOn(errors);
        if (corrected == attendance && organisations.equals(organisationIds())) {
            return List.of();
        }
        attendance = corrected;
        this.organisationIds = organisations;
        return List.of(new AttendanceCorrected(id, provinceCode, on, actor, corrected, organisations));
    }

    /** Awards a commendation to an organisation at this conference; the same title to the same organisation once. */
    public CommendationAwarded award(String commendationId, String organisationId, String title, String awardedBy,
            LocalDate today, String actor) {
        if (!terms.kind().isConference()) {
            throw new ConflictException("Commendations are awarded at conferences; gathering " + id + " is a "
                    + terms.kind() + ".");
        }
        List<FieldError> errors = new ArrayList<>();
        String organisation = Texts.tidy(organisationId);
        if (organisation == null || !ORGANISATION_ID.matcher(organisation).matches()) {
            errors.add(new FieldError("organisationId", "must be the organisation's id in the register (a UUID)"));
        }
        String tidyTitle = Texts.required("title", title, 500, errors);
        String by = Texts.required("awardedBy", awardedBy, 255, errors);
        InvalidFieldException.failOn(errors);
        if (terms.heldOn().isAfter(today)) {
            throw new ConflictException("The conference is on " + terms.heldOn() + ": commendations are awarded when it is held.");
        }
        Optional<Commendation> same = commendations.stream()
                .filter(c -> c.organisationId().equals(organisation) && c.title().equals(tidyTitle)).findFirst();
        if (same.isPresent()) {
            throw new ConflictException("Organisation " + organisation + " was already awarded \"" + tidyTitle
                    + "\" at this conference (commendation " + same.get().commendationId() + ").");
        }
        commendations.add(new Commendation(commendationId, organisation, tidyTitle, by, terms.heldOn(), actor));
        return new CommendationAwarded(id, provinceCode, terms.heldOn(), actor, commendationId, organisation, tidyTitle, by);
    }

    private static List<String> checkedAttendance(int attendance, List<String> organisationIds, List<FieldError> errors) {
        if (attendance < 0 || attendance > MAX_ATTENDANCE) {
            errors.add(new FieldError("attendance", "must be 0 to " + MAX_ATTENDANCE));
        }
        LinkedHashSet<String> organisations = new LinkedHashSet<>();
        List<String> given = organisationIds == null ? List.of() : organisationIds;
        if (given.size() > MAX_ORGANISATIONS) {
            errors.add(new FieldError("organisationIds", "at most " + MAX_ORGANISATIONS + " organisations"));
        }
        for (String given1 : given) {
            String organisation = Texts.tidy(given1);
            if (organisation == null || !ORGANISATION_ID.matcher(organisation).matches()) {
                errors.add(new FieldError("organisationIds", "each must be an organisation's id in the register"));
                break;
            }
            if (!organisations.add(organisation)) {
                errors.add(new FieldError("organisationIds", "names " + organisation + " twice"));
                break;
            }
        }
        if (attendance >= 0 && organisations.size() > attendance) {
            errors.add(new FieldError("attendance", "is less than the " + organisations.size()
                    + " attending organisations named"));
        }
        return List.copyOf(organisations);
    }

    private static void checkDated(String field, LocalDate on, LocalDate today, List<FieldError> errors) {
        if (on.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture(field, today));
        }
    }

    public String id() {
        return id;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String planId() {
        return planId;
    }

    public int activityNumber() {
        return activityNumber;
    }

    public GatheringTerms terms() {
        return terms;
    }

    public int attendance() {
        return attendance;
    }

    public List<String> organisationIds() {
        return List.copyOf(organisationIds);
    }

    public List<Commendation> commendations() {
        return List.copyOf(commendations);
    }
}
