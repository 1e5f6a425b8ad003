package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Rules the schema files keep so that they read the same everywhere and agree with each other. */
class SchemaFilesTest {

    private static final String PROFILE = "contracts/schemas/registry/organisation-profile.v1.json";
    private static final String REGISTERED = "contracts/schemas/registry/organisation.registered.v1.json";
    private static final String REGISTRY_FOLDER = "contracts/schemas/registry/";

    private static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final String PROVINCE = "^[0-9]{2}$";
    private static final long MAX_EXACT = 9_007_199_254_740_991L; // 2^53 - 1

    /** The common data of the events of one kind of aggregate, and the statuses they may carry. */
    private record Aggregate(String typePrefix, List<String> common, Set<String> statuses) {
    }

    private static final List<Aggregate> AGGREGATES = List.of(
            new Aggregate("vn.hoptac.registry.organisation.",
                    List.of("organisationId", "provinceCode", "organisationType", "status", "effectiveOn", "actor"),
                    Set.of("OPERATING", "SUSPENDED", "DISSOLVED")),
            new Aggregate("vn.hoptac.registry.founder-group.",
                    List.of("founderGroupId", "provinceCode", "effectiveOn", "actor"), Set.of()),
            new Aggregate("vn.hoptac.registry.membership.",
                    List.of("membershipId", "organisationId", "provinceCode", "effectiveOn", "actor", "batch"), Set.of()),
            new Aggregate("vn.hoptac.registry.value-chain.",
                    List.of("chain", "provinceCode", "effectiveOn", "actor"), Set.of()),
            new Aggregate("vn.hoptac.loans.dossier.", Loans.COMMON, Loans.STATUSES),
            new Aggregate("vn.hoptac.loans.loan.", Loans.COMMON, Loans.STATUSES),
            new Aggregate("vn.hoptac.loans.fund.", List.of("fundId", "provinceCode", "effectiveOn", "actor"), Set.of()),
            new Aggregate("vn.hoptac.campaigns.plan.", Campaigns.PLAN_COMMON, Set.of()),
            new Aggregate("vn.hoptac.campaigns.gathering.",
                    List.of("gatheringId", "provinceCode", "effectiveOn", "actor"), Set.of()),
            new Aggregate("vn.hoptac.campaigns.publication.",
                    List.of("publicationId", "provinceCode", "effectiveOn", "actor"), Set.of()),
            new Aggregate("vn.hoptac.campaigns.target.",
                    List.of("targetId", "provinceCode", "effectiveOn", "actor"), Set.of()));

    /** The loan service's vocabulary, as agreed with it. */
    private static final class Loans {
        static final List<String> COMMON =
                List.of("loanId", "organisationId", "fundId", "provinceCode", "status", "effectiveOn", "actor");
        static final Set<String> STATUSES = Set.of("RECEIVED", "IN_COMPLETION", "COMPLETE", "APPRAISED", "APPROVED",
                "REJECTED", "WITHDRAWN", "CLOSED", "ACTIVE", "SETTLED", "WRITTEN_OFF");
        static final String FOLDER = "contracts/schemas/loans/";
    }

    /** The campaign service's vocabulary, as agreed with it. */
    private static final class Campaigns {
        static final List<String> PLAN_COMMON = List.of("planId", "provinceCode", "effectiveOn", "actor");
        /** The service's own ids (of its aggregates and of commendations): no UUIDs required. */
        static final Set<String> IDS = Set.of("planId", "gatheringId", "publicationId", "targetId", "commendationId");
        static final String ID = "^\\S{1,64}$";
        /** A published indicator's id, as its file in contracts/indicators names it. */
        static final String INDICATOR_ID = "^[a-z]+\\.[a-z0-9-]+$";
        /** Ids that are not the campaign service's own nor UUIDs: an indicator's, and any topic's ce_id. */
        static final Set<String> OTHER_IDS = Set.of("indicatorId", "eventId");
        static final String PLAN_NUMBER = "^[0-9]{1,6}/[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{0,40}$";
        static final String FOLDER = "contracts/schemas/campaigns/";
    }

    /**
     * Optional properties, by schema file: added to a published type version after its first release, so
     * producers may omit them. They come after the required ones, are nullable (absent means null) and say
     * "Optional". Every other property is required.
     */
    private static final Map<String, List<String>> OPTIONAL = Map.of(
            PROFILE, List.of("formerProvinceCode", "formerProvinceName"),
            REGISTERED, List.of("founderGroupId"),
            Campaigns.FOLDER + "publication.published.v1.json", List.of("kind"),
            Campaigns.FOLDER + "plan.activity-completed.v1.json", List.of("category"));

    /** Integer properties that are money: whole đồng, never negative, never beyond what every JSON reader keeps exact. */
    private static final Set<String> MONEY = Set.of("charterCapital", "amountRequested", "appraisedAmount",
            "approvedAmount", "amount", "totalDisbursed", "principal", "interest", "overdueInterest", "overduePrincipal",
            "outstandingPrincipal", "principalRepaid", "interestPaid", "availableCapital");

    /**
     * Keywords that mean the same in JSON Schema 2020-12 and in the AsyncAPI Schema Object (draft-07),
     * so the AsyncAPI document's readers and our 2020-12 validator agree.
     */
    private static final Set<String> PORTABLE_KEYWORDS = Set.of(
            "$schema", "$id", "$ref", "title", "description", "type", "properties", "required",
            "additionalProperties", "propertyNames", "enum", "const", "pattern", "format", "minLength", "maxLength",
            "minimum", "maximum", "items", "minItems", "maxItems", "uniqueItems");

    @Test
    void schemasUseOnlyPortableKeywordsAndAreClosed() {
        for (String file : Documents.schemaFiles()) {
            JsonNode schema = Documents.readJson(file);
            assertThat(schema.path("type").asText()).as(file).isEqualTo("object");
            assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                    .as(file + " additionalProperties false").isTrue();
            assertThat(schema.path("description").asText()).as(file).contains("consumers MUST ignore properties");
            List<String> keywords = new ArrayList<>();
            collectKeywords(schema, keywords);
            assertThat(keywords).as(file).isSubsetOf(PORTABLE_KEYWORDS);
            // $ref has no siblings: draft-07 readers would ignore them
            assertNoRefSiblings(file, schema);
        }
    }

    @Test
    void everyPropertyIsRequiredOrDeclaredOptionalAndDescribed() {
        assertThat(Documents.schemaFiles()).containsAll(OPTIONAL.keySet());
        for (String file : Documents.schemaFiles()) {
            JsonNode schema = Documents.readJson(file);
            List<String> properties = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(n -> required.add(n.asText()));
            List<String> optional = OPTIONAL.getOrDefault(file, List.of());
            List<String> requiredThenOptional = new ArrayList<>(required);
            requiredThenOptional.addAll(optional);
            assertThat(requiredThenOptional).as(file).containsExactlyElementsOf(properties);
            for (String name : optional) {
                JsonNode property = schema.path("properties").path(name);
                assertThat(types(property)).as(file + " " + name + " is nullable").contains("null");
                assertThat(property.path("description").asText()).as(file + " " + name).startsWith("Optional");
            }
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                if (!property.getValue().has("$ref")) {
                    assertThat(property.getValue().path("description").asText()).as(file + " " + property.getKey())
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void commonPropertiesAreTheSameInEveryEvent() {
        JsonNode first = Documents.readJson(EventCatalog.load().all().get(0).schemaResource()).path("properties");
        for (EventType type : EventCatalog.load().all()) {
            Aggregate aggregate = AGGREGATES.stream().filter(a -> type.type().startsWith(a.typePrefix())).findFirst()
                    .orElseThrow(() -> new AssertionError("no aggregate for " + type.type()));
            EventType groupFirst = EventCatalog.load().all().stream()
                    .filter(t -> t.type().startsWith(aggregate.typePrefix())).findFirst().orElseThrow();
            JsonNode reference = Documents.readJson(groupFirst.schemaResource()).path("properties");
            JsonNode properties = Documents.readJson(type.schemaResource()).path("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            assertThat(names.subList(0, aggregate.common().size())).as(type.type())
                    .containsExactlyElementsOf(aggregate.common());
            for (String name : aggregate.common()) {
                if (name.equals("status")) {
                    JsonNode status = properties.path("status");
                    List<String> allowed = new ArrayList<>();
                    (status.has("const") ? List.of(status.path("const")) : toList(status.path("enum")))
                            .forEach(n -> allowed.add(n.asText()));
                    assertThat(allowed).as(type.type()).isNotEmpty().isSubsetOf(aggregate.statuses());
                } else {
                    assertThat(properties.path(name)).as(type.type() + " " + name).isEqualTo(reference.path(name));
                }
            }
            // the same for every service and aggregate
            for (String name : List.of("provinceCode", "effectiveOn", "actor")) {
                assertThat(properties.path(name)).as(type.type() + " " + name).isEqualTo(first.path(name));
            }
        }
    }

    @Test
    void loanSchemasAgreeWithEachOtherAndWithTheRegistry() {
        JsonNode registered = Documents.readJson("contracts/schemas/registry/organisation.registered.v1.json")
                .path("properties");
        JsonNode received = loanProperties("dossier.received.v1.json");
        JsonNode opened = loanProperties("fund.opened.v1.json");
        JsonNode capital = loanProperties("fund.capital-changed.v1.json");
        JsonNode arrears = loanProperties("loan.arrears-changed.v1.json");

        // ids that refer to another aggregate are spelled like that aggregate's own id
        assertThat(received.path("organisationId").path("pattern")).isEqualTo(registered.path("organisationId").path("pattern"));
        assertThat(capital.path("loanId").path("pattern")).isEqualTo(received.path("loanId").path("pattern"));
        for (String keyword : List.of("type", "minLength", "maxLength", "pattern")) {
            assertThat(received.path("fundId").path(keyword)).as(keyword).isEqualTo(opened.path("fundId").path(keyword));
        }
        assertThat(received.path("fundId").path("pattern").asText()).isEqualTo("^[a-z0-9][a-z0-9-]{0,63}$");

        assertThat(texts(arrears.path("fromBucket").path("enum"))).isEqualTo(texts(arrears.path("toBucket").path("enum")))
                .containsExactly("CURRENT", "DAYS_1_30", "DAYS_31_90", "DAYS_91_180", "DAYS_181_PLUS");
        assertThat(texts(loanProperties("appraisal.v1.json").path("method").path("enum")))
                .containsExactly("EQUAL_PRINCIPAL", "EQUAL_INSTALMENTS");
        assertThat(texts(opened.path("kind").path("enum"))).containsExactly("PROVINCIAL_SUPPORT_FUND",
                "VCA_NATIONAL_FUND", "NATIONAL_EMPLOYMENT_FUND", "LABOUR_FEDERATION_FUND", "PEOPLES_CREDIT_FUND", "OTHER");
        assertThat(texts(capital.path("kind").path("enum"))).containsExactly("CONTRIBUTION", "LOAN_OUT",
                "PRINCIPAL_RECOVERED", "WRITE_OFF", "RECOVERED_AFTER_WRITE_OFF");
        // the terms asked for and the terms appraised have the same bounds
        assertThat(loanProperties("appraisal.v1.json").path("termMonths").path("maximum"))
                .isEqualTo(received.path("termMonths").path("maximum"));
    }

    /** Each type's status is the status after the change: fixed where the type fixes it. */
    @Test
    void loanStatusesAfterEachChange() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("dossier.received.v1.json", List.of("RECEIVED"));
        expected.put("dossier.guidance-given.v1.json", List.of("IN_COMPLETION"));
        expected.put("dossier.completed.v1.json", List.of("COMPLETE"));
        expected.put("dossier.appraised.v1.json", List.of("APPRAISED"));
        expected.put("dossier.approved.v1.json", List.of("APPROVED"));
        expected.put("dossier.rejected.v1.json", List.of("REJECTED"));
        expected.put("dossier.withdrawn.v1.json", List.of("WITHDRAWN"));
        expected.put("dossier.closed.v1.json", List.of("CLOSED"));
        expected.put("loan.tranche-disbursed.v1.json", List.of("ACTIVE"));
        expected.put("loan.repayment-received.v1.json", List.of("ACTIVE", "SETTLED"));
        expected.put("loan.arrears-changed.v1.json", List.of("ACTIVE", "SETTLED"));
        expected.put("loan.recovery-flagged.v1.json", List.of("ACTIVE"));
        expected.put("loan.written-off.v1.json", List.of("WRITTEN_OFF"));
        expected.put("loan.recovered.v1.json", List.of("WRITTEN_OFF"));
        expected.put("loan.settled.v1.json", List.of("SETTLED"));
        expected.forEach((file, statuses) -> {
            JsonNode status = loanProperties(file).path("status");
            List<String> allowed = status.has("const") ? List.of(status.path("const").asText()) : texts(status.path("enum"));
            assertThat(allowed).as(file).containsExactlyElementsOf(statuses);
            assertThat(status.has("const")).as(file + " uses const for a single status").isEqualTo(statuses.size() == 1);
        });
    }

    @Test
    void moneyIsWholeDongWithinTheExactRange() {
        for (String file : Documents.schemaFiles()) {
            for (Map.Entry<String, JsonNode> property : Documents.readJson(file).path("properties").properties()) {
                JsonNode schema = property.getValue();
                String where = file + " " + property.getKey();
                boolean money = MONEY.contains(property.getKey());
                assertThat(schema.path("description").asText().contains("đồng")).as(where).isEqualTo(money);
                if (money) {
                    assertThat(types(schema)).as(where).contains("integer").isSubsetOf("integer", "null");
                    assertThat(schema.path("minimum").asLong(-1)).as(where).isIn(0L, 1L);
                    assertThat(schema.path("maximum").asLong()).as(where).isEqualTo(MAX_EXACT);
                }
            }
        }
    }

    @Test
    void datesIdsAndTextsAreSpelledOneWay() {
        for (String file : Documents.schemaFiles()) {
            for (Map.Entry<String, JsonNode> property : Documents.readJson(file).path("properties").properties()) {
                JsonNode schema = property.getValue();
                String name = property.getKey();
                String where = file + " " + name;
                if (name.endsWith("On")) {
                    assertThat(schema.path("format").asText()).as(where).isEqualTo("date");
                }
                if (schema.path("format").asText().equals("date")) {
                    assertThat(schema.path("pattern").asText()).as(where).isEqualTo(DATE);
                }
                if (Campaigns.IDS.contains(name)) {
                    assertThat(file).as(where).startsWith(Campaigns.FOLDER);
                    assertThat(schema.path("pattern").asText()).as(where).isEqualTo(Campaigns.ID);
                    assertThat(schema.path("minLength").asInt()).as(where).isEqualTo(1);
                    assertThat(schema.path("maxLength").asInt()).as(where).isEqualTo(64);
                } else if (name.endsWith("Id") && !name.equals("fundId") && !name.equals("entryId")
                        && !Campaigns.OTHER_IDS.contains(name)) {
                    assertThat(schema.path("pattern").asText()).as(where).isEqualTo(UUID);
                }
                // texts, where not empty, are never blank either; except the registry's commune and address,
                // kept as recorded
                if (types(schema).contains("string") && schema.path("minLength").asInt(0) >= 1
                        && !(file.startsWith(REGISTRY_FOLDER) && Set.of("commune", "addressLine").contains(name))) {
                    assertThat(schema.has("pattern") || schema.has("enum") || schema.has("const"))
                            .as(where + " has a pattern, e.g. \\S").isTrue();
                }
            }
        }
    }

    @Test
    void sharedEnumsAndFormatsAgree() {
        JsonNode profile = Documents.readJson(PROFILE).path("properties");
        JsonNode registered = Documents.readJson(REGISTERED).path("properties");
        JsonNode converted = Documents.readJson("contracts/schemas/registry/organisation.converted.v1.json").path("properties");
        assertThat(profile.path("type").path("enum")).isEqualTo(registered.path("organisationType").path("enum"));
        assertThat(profile.path("provinceCode").path("pattern")).isEqualTo(registered.path("provinceCode").path("pattern"));
        assertThat(profile.path("foundedOn").path("pattern")).isEqualTo(registered.path("effectiveOn").path("pattern"));
        assertThat(converted.path("fromLegalBasis").path("enum")).isEqualTo(profile.path("legalBasis").path("enum"))
                .isEqualTo(converted.path("toLegalBasis").path("enum"));
        assertThat(converted.path("registrationCode").path("pattern"))
                .isEqualTo(profile.path("registrationCode").path("pattern"));
        assertThat(toList(profile.path("sector").path("enum"))).extracting(JsonNode::asText).containsExactly(
                "AGRICULTURE", "INDUSTRY_HANDICRAFT", "TRADE_SERVICES", "TRANSPORT", "CONSTRUCTION", "ENVIRONMENT",
                "CREDIT", "OTHER");
    }

    /** The registry's founder groups, memberships and value chains speak of organisations and of each other alike. */
    @Test
    void registrySchemasAgreeWithEachOther() {
        JsonNode profile = Documents.readJson(PROFILE).path("properties");
        JsonNode registered = Documents.readJson(REGISTERED).path("properties");
        JsonNode joined = registryProperties("organisation.value-chain-joined.v1.json");
        JsonNode left = registryProperties("organisation.value-chain-left.v1.json");
        JsonNode model = registryProperties("organisation.model-status-changed.v1.json");
        JsonNode recorded = registryProperties("founder-group.recorded.v1.json");
        JsonNode founded = registryProperties("founder-group.cooperative-founded.v1.json");
        JsonNode admitted = registryProperties("membership.admitted.v1.json");
        JsonNode ended = registryProperties("membership.ended.v1.json");
        JsonNode added = registryProperties("value-chain.added.v1.json");

        // ids that refer to another aggregate are spelled like that aggregate's own id
        String organisationId = registered.path("organisationId").path("pattern").asText();
        assertThat(List.of(founded.path("organisationId"), admitted.path("organisationId"),
                ended.path("organisationId"), model.path("foundedOnModelOf"), registered.path("founderGroupId")))
                .allSatisfy(id -> assertThat(id.path("pattern").asText()).isEqualTo(organisationId));
        assertThat(registered.path("founderGroupId").path("pattern")).isEqualTo(recorded.path("founderGroupId").path("pattern"));
        for (String keyword : List.of("type", "minLength", "maxLength", "pattern")) {
            assertThat(joined.path("chain").path(keyword)).as(keyword).isEqualTo(added.path("chain").path(keyword))
                    .isEqualTo(left.path("chain").path(keyword));
            assertThat(joined.path("chainName").path(keyword)).as(keyword).isEqualTo(added.path("name").path(keyword))
                    .isEqualTo(left.path("chainName").path(keyword));
        }
        assertThat(added.path("chain").path("pattern").asText()).isEqualTo("^[a-z][a-z0-9-]{1,39}$");

        // a founder group's intended sector and commune are those of the profile it will have
        assertThat(recorded.path("intendedSector").path("enum")).isEqualTo(profile.path("sector").path("enum"));
        for (String keyword : List.of("type", "minLength", "maxLength", "pattern")) {
            assertThat(recorded.path("commune").path(keyword)).as(keyword).isEqualTo(profile.path("commune").path(keyword));
        }
        assertThat(profile.path("formerProvinceCode").path("pattern")).isEqualTo(profile.path("provinceCode").path("pattern"));
        assertThat(types(model.path("newType"))).containsExactly("boolean");
        assertThat(types(model.path("model"))).containsExactly("boolean");
    }

    /** The campaign service's plans, activities, gatherings and publications speak of each other alike. */
    @Test
    void campaignSchemasAgreeWithEachOther() {
        JsonNode registered = Documents.readJson(REGISTERED).path("properties");
        JsonNode drafted = campaignProperties("plan.drafted.v1.json");
        JsonNode amended = campaignProperties("plan.amended.v1.json");
        JsonNode issued = campaignProperties("plan.issued.v1.json");
        JsonNode added = campaignProperties("plan.activity-added.v1.json");
        JsonNode activityAmended = campaignProperties("plan.activity-amended.v1.json");
        JsonNode overdue = campaignProperties("plan.activity-overdue.v1.json");
        JsonNode recorded = campaignProperties("gathering.recorded.v1.json");
        JsonNode corrected = campaignProperties("gathering.attendance-corrected.v1.json");
        JsonNode awarded = campaignProperties("gathering.commendation-awarded.v1.json");
        JsonNode publication = campaignProperties("publication.recorded.v1.json");

        // an amendment carries everything as it now stands: the same data as the first event
        assertThat(amended).isEqualTo(drafted);
        assertThat(activityAmended).isEqualTo(added);

        // ids that refer to another aggregate are spelled like that aggregate's own id
        for (String keyword : List.of("type", "minLength", "maxLength", "pattern")) {
            assertThat(recorded.path("planId").path(keyword)).as(keyword).isEqualTo(drafted.path("planId").path(keyword))
                    .isEqualTo(publication.path("planId").path(keyword));
        }
        String organisationId = registered.path("organisationId").path("pattern").asText();
        assertThat(List.of(awarded.path("organisationId"), recorded.path("organisationIds").path("items"),
                corrected.path("organisationIds").path("items")))
                .allSatisfy(id -> assertThat(id.path("pattern").asText()).isEqualTo(organisationId));
        assertThat(recorded.path("organisationIds")).isEqualTo(corrected.path("organisationIds"));
        assertThat(recorded.path("attendance")).isEqualTo(corrected.path("attendance"));
        assertThat(recorded.path("attendance").path("minimum").asInt()).isZero();
        assertThat(recorded.path("attendance").path("maximum").asInt()).isEqualTo(100_000);

        // an activity is numbered 1 to 999 within its plan, wherever it is named
        for (String file : List.of("plan.activity-added.v1.json", "plan.activity-started.v1.json",
                "plan.activity-completed.v1.json", "plan.activity-cancelled.v1.json", "plan.activity-overdue.v1.json",
                "gathering.recorded.v1.json", "publication.recorded.v1.json")) {
            JsonNode number = campaignProperties(file).path("activityNumber");
            assertThat(types(number)).as(file).containsExactly("integer");
            assertThat(number.path("minimum").asInt()).as(file).isEqualTo(1);
            assertThat(number.path("maximum").asInt()).as(file).isEqualTo(999);
        }

        // a plan's number, issued or implemented, is written one way
        assertThat(issued.path("number").path("pattern").asText()).isEqualTo(Campaigns.PLAN_NUMBER);
        assertThat(drafted.path("implementsPlanNumber").path("pattern").asText()).isEqualTo(Campaigns.PLAN_NUMBER);
        assertThat(types(drafted.path("implementsPlanNumber"))).containsExactly("string", "null");

        // a place is a place, for an activity as for a gathering
        for (String name : List.of("commune", "placeProvinceCode", "formerProvinceCode")) {
            for (String keyword : List.of("type", "minLength", "maxLength", "pattern")) {
                assertThat(recorded.path(name).path(keyword)).as(name + " " + keyword)
                        .isEqualTo(added.path(name).path(keyword));
            }
        }
        assertThat(added.path("placeProvinceCode").path("pattern").asText()).isEqualTo(PROVINCE)
                .isEqualTo(added.path("formerProvinceCode").path("pattern").asText())
                .isEqualTo(registered.path("provinceCode").path("pattern").asText());

        // the enums are the service's, value for value
        assertThat(texts(drafted.path("kind").path("enum"))).isEqualTo(texts(issued.path("kind").path("enum")))
                .containsExactly("ACTION_MONTH", "ANNUAL_WORK_PLAN", "HALF_YEAR_WORK_PLAN", "PROGRAMME");
        assertThat(texts(added.path("category").path("enum"))).containsExactly("PRESS_AND_MEDIA_PROPAGANDA",
                "DIRECT_PROPAGANDA_CONFERENCE", "NEWSLETTER_ISSUE", "SEMINAR", "SUPPORT_AND_DISBURSEMENT",
                "ADMISSION_OF_MEMBERS", "DIALOGUE_CONFERENCE", "ATTENDING_NATIONAL_EVENTS", "FUND_REORGANISATION",
                "NATIONAL_TARGET_PROGRAMME", "TRAINING_CLASS", "STUDY_TOUR", "COMMENDATION");
        assertThat(texts(recorded.path("kind").path("enum"))).containsExactly("TRAINING_CLASS", "PROPAGANDA_CLASS",
                "ADVISORY_CLASS", "PROPAGANDA_CONFERENCE", "DIALOGUE_CONFERENCE", "HONOURING_CONFERENCE", "SEMINAR",
                "STUDY_TOUR");
        assertThat(texts(recorded.path("audiences").path("items").path("enum"))).containsExactly("BOARD_MEMBERS",
                "SUPERVISORS", "DIRECTORS", "ACCOUNTANTS", "COOPERATIVE_MEMBERS", "FOUNDERS", "OFFICIALS", "PUBLIC");
        assertThat(recorded.path("audiences").path("uniqueItems").asBoolean()).isTrue();
        assertThat(texts(publication.path("kind").path("enum"))).containsExactly("NEWSLETTER_ISSUE", "PRESS_PAGE");
        // an overdue activity is still open
        assertThat(texts(overdue.path("status").path("enum"))).containsExactly("PLANNED", "IN_PROGRESS");

        // the bounds of the texts
        Map<String, Integer> maxLengths = new LinkedHashMap<>();
        maxLengths.put("plan.drafted.v1.json title", 500);
        maxLengths.put("plan.activity-added.v1.json title", 500);
        maxLengths.put("gathering.recorded.v1.json title", 500);
        maxLengths.put("gathering.commendation-awarded.v1.json title", 500);
        maxLengths.put("publication.recorded.v1.json title", 500);
        maxLengths.put("plan.closed.v1.json assessment", 5000);
        maxLengths.put("plan.activity-completed.v1.json result", 2000);
        maxLengths.put("plan.activity-cancelled.v1.json reason", 1000);
        maxLengths.forEach((where, max) -> {
            String[] fileAndName = where.split(" ");
            JsonNode text = campaignProperties(fileAndName[0]).path(fileAndName[1]);
            assertThat(text.path("maxLength").asInt()).as(where).isEqualTo(max);
            assertThat(text.path("minLength").asInt()).as(where).isEqualTo(1);
            assertThat(types(text)).as(where).containsExactly("string");
        });
        assertThat(types(publication.path("issueNumber"))).containsExactly("integer", "null");
        assertThat(publication.path("issueNumber").path("minimum").asInt()).isEqualTo(1);

        // the optional additions say what their types' first events say, with null for "not sent"
        JsonNode published = campaignProperties("publication.published.v1.json");
        JsonNode completed = campaignProperties("plan.activity-completed.v1.json");
        assertThat(types(published.path("kind"))).containsExactly("string", "null");
        assertThat(texts(published.path("kind").path("enum"))).containsExactly("NEWSLETTER_ISSUE", "PRESS_PAGE", "null");
        assertThat(published.path("kind").path("enum").get(2).isNull()).isTrue();
        assertThat(types(completed.path("category"))).containsExactly("string", "null");
        List<String> categories = new ArrayList<>(texts(added.path("category").path("enum")));
        categories.add("null");
        assertThat(texts(completed.path("category").path("enum"))).containsExactlyElementsOf(categories);
        assertThat(completed.path("category").path("enum").get(categories.size() - 1).isNull()).isTrue();
    }

    /** A target's events: its terms as set and as changed are one shape, and reached speaks of them alike. */
    @Test
    void targetSchemasAgreeWithEachOtherAndWithThePlans() {
        JsonNode drafted = campaignProperties("plan.drafted.v1.json");
        JsonNode added = campaignProperties("plan.activity-added.v1.json");
        JsonNode set = campaignProperties("target.set.v1.json");
        JsonNode changed = campaignProperties("target.changed.v1.json");
        JsonNode reached = campaignProperties("target.reached.v1.json");

        // a change carries the terms as they now stand: the same data as the setting
        assertThat(changed).isEqualTo(set);
        assertThat(Documents.readJson(Campaigns.FOLDER + "target.changed.v1.json").path("required"))
                .isEqualTo(Documents.readJson(Campaigns.FOLDER + "target.set.v1.json").path("required"));

        // ids that refer to another aggregate are spelled like that aggregate's own id
        for (String keyword : List.of("type", "minLength", "maxLength", "pattern")) {
            assertThat(set.path("planId").path(keyword)).as(keyword).isEqualTo(drafted.path("planId").path(keyword))
                    .isEqualTo(reached.path("planId").path(keyword));
            assertThat(reached.path("targetId").path(keyword)).as(keyword).isEqualTo(set.path("targetId").path(keyword));
            assertThat(reached.path("eventSubject").path(keyword)).as(keyword)
                    .isEqualTo(set.path("targetId").path(keyword));
        }
        // an activity, when named, is numbered as in the plan events; null is the plan's own target
        assertThat(types(set.path("activityNumber"))).containsExactly("integer", "null");
        assertThat(set.path("activityNumber").path("minimum")).isEqualTo(added.path("activityNumber").path("minimum"));
        assertThat(set.path("activityNumber").path("maximum")).isEqualTo(added.path("activityNumber").path("maximum"));

        // the indicator, as its file names it
        assertThat(set.path("indicatorId").path("pattern").asText()).isEqualTo(Campaigns.INDICATOR_ID);
        assertThat(reached.path("indicatorId")).isEqualTo(set.path("indicatorId"));
        assertThat(types(set.path("indicatorVersion"))).containsExactly("integer");
        assertThat(set.path("indicatorVersion").path("minimum").asInt()).isEqualTo(1);

        // the filter: filter names (as in the indicator files) to non-blank texts, possibly none
        JsonNode filter = set.path("filter");
        assertThat(types(filter)).containsExactly("object");
        assertThat(filter.path("propertyNames").path("pattern").asText()).isEqualTo("^[a-z][A-Za-z0-9]*$");
        assertThat(types(filter.path("additionalProperties"))).containsExactly("string");
        assertThat(filter.path("additionalProperties").path("minLength").asInt()).isEqualTo(1);
        assertThat(filter.has("minProperties") || filter.has("required")).as("an empty filter is allowed").isFalse();

        // the window is dates, the goal whole numbers that every JSON reader keeps exact
        for (String name : List.of("windowFrom", "windowTo")) {
            assertThat(set.path(name).path("format").asText()).as(name).isEqualTo("date");
        }
        for (JsonNode goal : List.of(set.path("atLeast"), set.path("atMost"), reached.path("atLeast"),
                reached.path("actual"))) {
            assertThat(types(goal)).contains("integer").isSubsetOf("integer", "null");
            assertThat(goal.path("minimum").asLong(-1)).isZero();
            assertThat(goal.path("maximum").asLong()).isEqualTo(MAX_EXACT);
        }
        assertThat(types(set.path("atLeast"))).containsExactly("integer");
        assertThat(types(set.path("atMost"))).containsExactly("integer", "null");
        assertThat(set.path("atMost").path("description").asText()).contains("Never below atLeast", "rule of the producer");

        // the event that reached it: any topic's ce_type and ce_id
        assertThat(reached.path("eventType").path("pattern").asText())
                .isEqualTo("^vn\\.hoptac\\.[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*$");
        String eventType = reached.path("eventType").path("pattern").asText();
        assertThat(EventCatalog.load().all()).allSatisfy(type -> assertThat(type.type()).matches(eventType));
        assertThat(types(reached.path("eventId"))).containsExactly("string");
        assertThat(reached.path("eventId").path("minLength").asInt()).isEqualTo(1);
    }

    /** The organisation's status after a value chain or model change is whatever it was: any status. */
    @Test
    void registryStatusesAfterEachChange() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("organisation.registered.v1.json", List.of("OPERATING", "SUSPENDED", "DISSOLVED"));
        expected.put("organisation.suspended.v1.json", List.of("SUSPENDED"));
        expected.put("organisation.resumed.v1.json", List.of("OPERATING"));
        expected.put("organisation.dissolved.v1.json", List.of("DISSOLVED"));
        expected.put("organisation.value-chain-joined.v1.json", List.of("OPERATING", "SUSPENDED", "DISSOLVED"));
        expected.put("organisation.value-chain-left.v1.json", List.of("OPERATING", "SUSPENDED", "DISSOLVED"));
        expected.put("organisation.model-status-changed.v1.json", List.of("OPERATING", "SUSPENDED", "DISSOLVED"));
        expected.forEach((file, statuses) -> {
            JsonNode status = registryProperties(file).path("status");
            List<String> allowed = status.has("const") ? List.of(status.path("const").asText()) : texts(status.path("enum"));
            assertThat(allowed).as(file).containsExactlyElementsOf(statuses);
        });
        for (String file : List.of("founder-group.recorded.v1.json", "founder-group.advised.v1.json",
                "founder-group.cooperative-founded.v1.json", "membership.admitted.v1.json", "membership.ended.v1.json",
                "value-chain.added.v1.json")) {
            assertThat(registryProperties(file).has("status")).as(file).isFalse();
        }
    }

    @Test
    void changedFieldsAreExactlyTheProfileProperties() {
        JsonNode profile = Documents.readJson(PROFILE);
        JsonNode changedFields = Documents.readJson("contracts/schemas/registry/organisation.profile-changed.v1.json")
                .path("properties").path("changedFields");
        List<String> profileProperties = new ArrayList<>();
        profile.path("properties").fieldNames().forEachRemaining(profileProperties::add);
        assertThat(toList(changedFields.path("items").path("enum"))).extracting(JsonNode::asText)
                .containsExactlyElementsOf(profileProperties);
    }

    private static JsonNode registryProperties(String file) {
        return Documents.readJson(REGISTRY_FOLDER + file).path("properties");
    }

    private static JsonNode campaignProperties(String file) {
        return Documents.readJson(Campaigns.FOLDER + file).path("properties");
    }

    private static JsonNode loanProperties(String file) {
        return Documents.readJson(Loans.FOLDER + file).path("properties");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? texts(type) : List.of(type.asText());
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Collects the keywords of a schema and its subschemas (property names are not keywords). */
    private static void collectKeywords(JsonNode schema, List<String> into) {
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            into.add(entry.getKey());
            switch (entry.getKey()) {
                case "properties" -> entry.getValue().properties().forEach(p -> collectKeywords(p.getValue(), into));
                case "items", "propertyNames" -> collectKeywords(entry.getValue(), into);
                case "additionalProperties" -> {
                    if (entry.getValue().isObject()) {
                        collectKeywords(entry.getValue(), into);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void assertNoRefSiblings(String file, JsonNode node) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                assertThat(node.size()).as(file + ": $ref with siblings " + node).isEqualTo(1);
            }
            node.forEach(child -> assertNoRefSiblings(file, child));
        } else if (node.isArray()) {
            node.forEach(child -> assertNoRefSiblings(file, child));
        }
    }
}
