package vn.hoptac.registry.foundergroup.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.hoptac.plumbing.alliance.BusinessCalendar;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.InvalidFieldException;
import vn.hoptac.plumbing.errors.InvalidFieldException.FieldError;
import vn.hoptac.registry.organisation.domain.Sector;

/**
 * A founder group (nhóm sáng lập viên): people preparing to found a cooperative, whom the alliance
 * advises until they register it. The alliance counts how many groups it advised and how many went on
 * to found their cooperative. Once founded, the group is linked to exactly one organisation.
 */
public final class FounderGroup {

    private final String id;
    private final String name;
    private final String contact;
    private final Sector intendedSector;
    private final String commune;
    private final LocalDate recordedOn;
    private final List<AdviceSession> adviceSessions;
    private String organisationId;
    private LocalDate foundedOn;

    private FounderGroup(String id, String name, String contact, Sector intendedSector, String commune,
            LocalDate recordedOn, List<AdviceSession> adviceSessions, String organisationId, LocalDate foundedOn) {
        this.id = id;
        this.name = name;
        this.contact = contact;
        this.intendedSector = intendedSector;
        this.commune = commune;
        this.recordedOn = recordedOn;
        this.adviceSessions = new ArrayList<>(adviceSessions);
        this.organisationId = organisationId;
        this.foundedOn = foundedOn;
    }

    /** Rebuilds a founder group from what was stored. */
    public static FounderGroup restore(String id, String name, String contact, Sector intendedSector, String commune,
            LocalDate recordedOn, List<AdviceSession> adviceSessions, String organisationId, LocalDate foundedOn) {
        return new FounderGroup(id, name, contact, intendedSector, commune, recordedOn,
                adviceSessions == null ? List.of() : adviceSessions, organisationId, foundedOn);
    }

    /** A new founder group and the event that recorded it. */
    public record Recording(FounderGroup group, FounderGroupRecorded event) {
    }

    /** Records a founder group as of {@code recordedOn}, which cannot be later than {@code today}. */
    public static Recording record(String id, String name, String contact, Sector intendedSector, String commune,
            LocalDate recordedOn, String provinceCode, LocalDate today, String actor) {
        String tidyName = tidy(name);
        String tidyContact = tidy(contact);
        String tidyCommune = tidy(commune);
        List<FieldError> errors = new ArrayList<>();
        if (tidyName == null || tidyName.length() > 255) {
            errors.add(new FieldError("name", "must be 1 to 255 characters"));
        }
        if (tidyContact != null && tidyContact.length() > 255) {
            errors.add(new FieldError("contact", "must be at most 255 characters"));
        }
        if (intendedSector == null) {
            errors.add(new FieldError("intendedSector", "is required"));
        }
        if (tidyCommune != null && tidyCommune.length() > 255) {
            errors.add(new FieldError("commune", "must be at most 255 characters"));
        }
        if (recordedOn == null) {
            errors.add(new FieldError("recordedOn", "is required"));
        } else if (recordedOn.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture("recordedOn", today));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        FounderGroup group = new FounderGroup(id, tidyName, tidyContact, intendedSector, tidyCommune, recordedOn, List.of(),
                null, null);
        return new Recording(group, new FounderGroupRecorded(id, provinceCode, recordedOn, actor, tidyName, tidyContact,
                intendedSector, tidyCommune));
    }

    /**
     * Records an advisory session held on {@code date}: not in the future, not before the group was
     * recorded, and not after it founded its cooperative (its advice ended there).
     */
    public FounderGroupAdvised advise(String sessionId, LocalDate date, String topic, String adviser, String provinceCode,
            LocalDate today, String actor) {
        String tidyTopic = tidy(topic);
        String tidyAdviser = tidy(adviser);
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError("date", "is required"));
        } else if (date.isAfter(today)) {
            errors.add(BusinessCalendar.inTheFuture("date", today));
        } else if (date.isBefore(recordedOn)) {
            errors.add(new FieldError("date", "is before the founder group was recorded (" + recordedOn + ")"));
        } else if (foundedOn != null && date.isAfter(foundedOn)) {
            errors.add(new FieldError("date", "is after the group founded its cooperative (" + foundedOn + ")"));
        }
        if (tidyTopic == null || tidyTopic.length() > 500) {
            errors.add(new FieldError("topic", "must be 1 to 500 characters"));
        }
        if (tidyAdviser == null || tidyAdviser.length() > 100) {
            errors.add(new FieldError("adviser", "must be 1 to 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        adviceSessions.add(new AdviceSession(sessionId, date, tidyTopic, tidyAdviser));
        adviceSessions.sort(Comparator.comparing(AdviceSession::date)); // stable: same-day sessions keep their order
        return new FounderGroupAdvised(id, provinceCode, date, actor, sessionId, tidyTopic, tidyAdviser);
    }

    /**
     * Links the group to the cooperative it founded on {@code foundedOn}. Linking the same organisation
     * again changes nothing (no events); a group that already founded another organisation refuses.
     */
    public List<FounderGroupEvent> foundCooperative(String organisationId, LocalDate foundedOn, String provinceCode,
            String actor) {
        if (organisationId.equals(this.organisationId)) {
            return List.of();
        }
        if (this.organisationId != null) {
            throw new ConflictException("Founder group " + id + " already founded organisation " + this.organisationId
                    + " on " + this.foundedOn + "; it cannot also be the founder of " + organisationId + ".");
        }
        this.organisationId = organisationId;
        this.foundedOn = foundedOn;
        return List.of(new CooperativeFounded(id, provinceCode, foundedOn, actor, organisationId));
    }

    /** Whether the alliance advised the group at least once between {@code from} and {@code to}, both included. */
    public boolean advisedBetween(LocalDate from, LocalDate to) {
        return adviceSessions.stream().anyMatch(session -> !session.date().isBefore(from) && !session.date().isAfter(to));
    }

    /** Whether the group's cooperative was founded on or before {@code date}. */
    public boolean foundedBy(LocalDate date) {
        return foundedOn != null && !foundedOn.isAfter(date);
    }

    private static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String tidy = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return tidy.isEmpty() ? null : tidy;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }

    public Sector intendedSector() {
        return intendedSector;
    }

    public String commune() {
        return commune;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public List<AdviceSession> adviceSessions() {
        return List.copyOf(adviceSessions);
    }

    public String organisationId() {
        return organisationId;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }
}
