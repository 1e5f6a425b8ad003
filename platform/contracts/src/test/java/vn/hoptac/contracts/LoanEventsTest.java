package vn.hoptac.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoptac.contracts.Documents.examplePayload;
import static vn.hoptac.contracts.Documents.exampleHeaders;
import static vn.hoptac.contracts.Documents.json;
import static vn.hoptac.contracts.Documents.map;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The loan service's event data (loans.events) as producers write it and consumers read it. */
class LoanEventsTest {

    private static final String RECEIVED = "vn.hoptac.loans.dossier.received.v1";
    private static final String APPRAISED = "vn.hoptac.loans.dossier.appraised.v1";
    private static final String REJECTED = "vn.hoptac.loans.dossier.rejected.v1";
    private static final String TRANCHE_DISBURSED = "vn.hoptac.loans.loan.tranche-disbursed.v1";
    private static final String REPAYMENT_RECEIVED = "vn.hoptac.loans.loan.repayment-received.v1";
    private static final String ARREARS_CHANGED = "vn.hoptac.loans.loan.arrears-changed.v1";
    private static final String WRITTEN_OFF = "vn.hoptac.loans.loan.written-off.v1";
    private static final String FUND_OPENED = "vn.hoptac.loans.fund.opened.v1";
    private static final String CAPITAL_CHANGED = "vn.hoptac.loans.fund.capital-changed.v1";

    private static final String LOAN_ID = "2b7e151a-28ae-4d2a-a6ab-f7158809cf4f";
    private static final String FUND_ID = "quy-ho-tro-htx-dak-nong";

    private static final EventSchemaValidator VALIDATOR = new EventSchemaValidator();

    private static List<String> errors(String type, Map<String, Object> payload) {
        return VALIDATOR.validate(type, json(payload));
    }

    private static Map<String, Object> loanCommon(String status, String effectiveOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("loanId", LOAN_ID);
        data.put("organisationId", "0f9c7a3e-6d21-4b8f-9e05-3a1c2b4d5e6f");
        data.put("fundId", FUND_ID);
        data.put("provinceCode", "67");
        data.put("status", status);
        data.put("effectiveOn", effectiveOn);
        data.put("actor", "can-bo.y-bhiam");
        return data;
    }

    private static Map<String, Object> instalment(int number, String dueOn, long principal, long interest) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", number);
        row.put("dueOn", dueOn);
        row.put("principal", principal);
        row.put("interest", interest);
        return row;
    }

    /** Đắk Nông 2019: 250 million đồng disbursed at once for a bulldozer, repaid in equal instalments. */
    private static Map<String, Object> trancheDisbursed() {
        Map<String, Object> data = loanCommon("ACTIVE", "2019-05-20");
        data.put("trancheId", "d4c3b2a1-0f9e-4d8c-8b7a-6e5f4d3c2b1a");
        data.put("amount", 250_000_000L);
        data.put("totalDisbursed", 250_000_000L);
        data.put("approvedAmount", 250_000_000L);
        List<Object> schedule = new ArrayList<>();
        schedule.add(instalment(1, "2019-06-20", 0, 1_027_397));
        schedule.add(instalment(2, "2019-07-20", 83_085_000, 994_247));
        schedule.add(instalment(3, "2019-08-20", 83_371_000, 707_452));
        schedule.add(instalment(4, "2019-09-20", 83_544_000, 352_431));
        data.put("schedule", schedule);
        return data;
    }

    private static Map<String, Object> capitalChanged() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fundId", FUND_ID);
        data.put("provinceCode", "67");
        data.put("effectiveOn", "2024-03-15");
        data.put("actor", "ke-toan.nguyen-thi-lan");
        data.put("entryId", "2024-000012");
        data.put("kind", "CONTRIBUTION");
        data.put("amount", 2_000_000_000L);
        data.put("availableCapital", 5_195_000_000L);
        data.put("loanId", null);
        data.put("reference", null);
        return data;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> payload, int index) {
        return (Map<String, Object>) ((List<Object>) payload.get("schedule")).get(index);
    }

    // --- valid data ---------------------------------------------------------------------------------------

    @Test
    void trancheDisbursedWithAScheduleValidates() {
        Map<String, Object> payload = trancheDisbursed();
        assertThat(errors(TRANCHE_DISBURSED, payload)).isEmpty();

        Map<String, String> headers = new LinkedHashMap<>(exampleHeaders(TRANCHE_DISBURSED));
        headers.put(CloudEventHeaders.SOURCE, "/provinces/67/loans");
        headers.put(CloudEventHeaders.SUBJECT, LOAN_ID);
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();

        // one instalment is a schedule too; a later tranche republishes the whole schedule
        payload.put("schedule", List.of(instalment(1, "2020-05-20", 250_000_000, 15_000_000)));
        assertThat(errors(TRANCHE_DISBURSED, payload)).isEmpty();
    }

    @Test
    void fundCapitalChangeValidates() {
        Map<String, Object> contribution = capitalChanged();
        assertThat(errors(CAPITAL_CHANGED, contribution)).isEmpty();

        Map<String, Object> loanOut = capitalChanged();
        loanOut.put("kind", "LOAN_OUT");
        loanOut.put("amount", 195_000_000L);
        loanOut.put("availableCapital", 0L);
        loanOut.put("loanId", LOAN_ID);
        loanOut.put("reference", "");
        assertThat(errors(CAPITAL_CHANGED, loanOut)).isEmpty();

        // the fund is the aggregate: its id, not a UUID, is the key and the subject
        Map<String, String> headers = exampleHeaders(CAPITAL_CHANGED);
        headers.put(CloudEventHeaders.SUBJECT, FUND_ID);
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();
        headers.put(CloudEventHeaders.SUBJECT, "Quỹ HTX");
        assertThat(VALIDATOR.validateHeaders(headers)).singleElement().asString().startsWith("$.ce_subject:");
    }

    @Test
    void nullableLoanPropertiesAcceptNull() {
        Map<String, Object> appraised = examplePayload(APPRAISED);
        map(appraised.get("appraisal")).put("collateral", null);
        assertThat(errors(APPRAISED, appraised)).isEmpty();

        Map<String, Object> opened = examplePayload(FUND_OPENED);
        opened.put("charterCapital", null);
        assertThat(errors(FUND_OPENED, opened)).isEmpty();
        opened.remove("charterCapital");
        assertThat(errors(FUND_OPENED, opened)).singleElement().asString().contains("'charterCapital'");
    }

    // --- invalid data names the field ---------------------------------------------------------------------

    @Test
    void negativeAmountIsRejected() {
        Map<String, Object> repayment = examplePayload(REPAYMENT_RECEIVED);
        repayment.put("amount", -20_900_000L);
        assertThat(errors(REPAYMENT_RECEIVED, repayment)).singleElement().asString()
                .startsWith("$.amount:").contains("minimum");

        Map<String, Object> allocation = examplePayload(REPAYMENT_RECEIVED);
        map(allocation.get("allocation")).put("interest", -1);
        assertThat(errors(REPAYMENT_RECEIVED, allocation)).singleElement().asString().startsWith("$.allocation.interest:");

        Map<String, Object> tranche = trancheDisbursed();
        row(tranche, 2).put("principal", -83_371_000L);
        assertThat(errors(TRANCHE_DISBURSED, tranche)).singleElement().asString().startsWith("$.schedule[2].principal:");

        Map<String, Object> capital = capitalChanged();
        capital.put("availableCapital", -1);
        assertThat(errors(CAPITAL_CHANGED, capital)).singleElement().asString().startsWith("$.availableCapital:");

        // nothing is written off is still a write-off; a tranche of nothing is not a tranche
        Map<String, Object> writtenOff = examplePayload(WRITTEN_OFF);
        writtenOff.put("amount", 0);
        assertThat(errors(WRITTEN_OFF, writtenOff)).isEmpty();
        tranche = trancheDisbursed();
        tranche.put("amount", 0);
        assertThat(errors(TRANCHE_DISBURSED, tranche)).singleElement().asString().startsWith("$.amount:");
    }

    @Test
    void moneyIsWholeAndExact() {
        Map<String, Object> tranche = trancheDisbursed();
        tranche.put("amount", 250_000_000.5);
        row(tranche, 0).put("interest", 9_007_199_254_740_992L); // 2^53
        assertThat(errors(TRANCHE_DISBURSED, tranche)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.amount:").contains("integer"))
                .anySatisfy(e -> assertThat(e).startsWith("$.schedule[0].interest:").contains("maximum"));
        Map<String, Object> opened = examplePayload(FUND_OPENED);
        opened.put("charterCapital", 9_007_199_254_740_991L);
        assertThat(errors(FUND_OPENED, opened)).isEmpty();
    }

    @Test
    void wrongBucketIsRejected() {
        Map<String, Object> arrears = examplePayload(ARREARS_CHANGED);
        arrears.put("toBucket", "DAYS_1_29");
        assertThat(errors(ARREARS_CHANGED, arrears)).singleElement().asString()
                .startsWith("$.toBucket:").contains("enumeration");
        arrears.put("toBucket", "DAYS_31_90");
        arrears.put("fromBucket", "current");
        assertThat(errors(ARREARS_CHANGED, arrears)).singleElement().asString().startsWith("$.fromBucket:");
        arrears.put("fromBucket", "DAYS_1_30");
        arrears.put("daysOverdue", -3);
        assertThat(errors(ARREARS_CHANGED, arrears)).singleElement().asString().startsWith("$.daysOverdue:");
    }

    @Test
    void extraPropertyIsRejectedNamingTheField() {
        Map<String, Object> tranche = trancheDisbursed();
        tranche.put("disbursedOn", "2019-05-20");
        assertThat(errors(TRANCHE_DISBURSED, tranche)).singleElement().asString()
                .startsWith("$:").contains("'disbursedOn'");
        // a consumer tolerates it
        assertThat(VALIDATOR.validateTolerant(TRANCHE_DISBURSED, json(tranche))).isEmpty();

        Map<String, Object> nested = trancheDisbursed();
        row(nested, 1).put("total", 84_079_247L);
        assertThat(errors(TRANCHE_DISBURSED, nested)).singleElement().asString()
                .startsWith("$.schedule[1]:").contains("'total'");

        Map<String, Object> capital = capitalChanged();
        capital.put("loanID", LOAN_ID);
        assertThat(errors(CAPITAL_CHANGED, capital)).singleElement().asString().contains("'loanID'");
    }

    @Test
    void missingOrMalformedLoanDataIsRejected() {
        Map<String, Object> tranche = trancheDisbursed();
        tranche.put("schedule", List.of());
        assertThat(errors(TRANCHE_DISBURSED, tranche)).singleElement().asString().startsWith("$.schedule:");
        tranche.remove("schedule");
        assertThat(errors(TRANCHE_DISBURSED, tranche)).singleElement().asString().contains("required", "'schedule'");

        tranche = trancheDisbursed();
        row(tranche, 3).put("dueOn", "2019-09-31");
        row(tranche, 0).put("number", 0);
        assertThat(errors(TRANCHE_DISBURSED, tranche)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.schedule[3].dueOn:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.schedule[0].number:"));

        Map<String, Object> received = examplePayload(RECEIVED);
        received.put("fundId", "Quỹ HTX");
        received.put("termMonths", 361);
        received.put("purpose", "  ");
        received.put("newRuralAreaCommune", "true");
        assertThat(errors(RECEIVED, received)).hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("$.fundId:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.termMonths:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.purpose:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.newRuralAreaCommune:"));

        Map<String, Object> appraised = examplePayload(APPRAISED);
        map(appraised.get("appraisal")).put("annualRateBasisPoints", 10_001);
        map(appraised.get("appraisal")).put("method", "ANNUITY");
        assertThat(errors(APPRAISED, appraised)).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("$.appraisal.annualRateBasisPoints:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.appraisal.method:"));
    }

    @Test
    void statusIsTheStatusAfterTheChange() {
        Map<String, Object> rejected = examplePayload(REJECTED);
        rejected.put("status", "APPRAISED");
        assertThat(errors(REJECTED, rejected)).singleElement().asString().startsWith("$.status:");

        Map<String, Object> tranche = trancheDisbursed();
        tranche.put("status", "APPROVED");
        assertThat(errors(TRANCHE_DISBURSED, tranche)).singleElement().asString().startsWith("$.status:");

        // a repayment that pays the loan off may say so
        Map<String, Object> repayment = examplePayload(REPAYMENT_RECEIVED);
        repayment.put("status", "SETTLED");
        repayment.put("outstandingPrincipal", 0);
        assertThat(errors(REPAYMENT_RECEIVED, repayment)).isEmpty();
        repayment.put("status", "WRITTEN_OFF");
        assertThat(errors(REPAYMENT_RECEIVED, repayment)).singleElement().asString().startsWith("$.status:");
    }

    @Test
    void loanHeadersNameTheLoanService() {
        Map<String, String> headers = exampleHeaders(TRANCHE_DISBURSED);
        assertThat(VALIDATOR.validateHeaders(headers)).isEmpty();
        headers.put(CloudEventHeaders.SOURCE, "/provinces/19/registry");
        headers.put(CloudEventHeaders.SUBJECT, FUND_ID);
        headers.put(CloudEventHeaders.DATA_SCHEMA, "https://schemas.hoptac.vn/loans/loan.tranche-disbursed.v2.json");
        assertThat(VALIDATOR.validateHeaders(headers)).hasSize(3)
                .anySatisfy(e -> assertThat(e).startsWith("$.ce_source:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.ce_subject:"))
                .anySatisfy(e -> assertThat(e).startsWith("$.ce_dataschema:"));
    }

    @Test
    void wireBytesWithVietnameseTextValidate() {
        String wire = "{\"fundId\":\"quy-ho-tro-htx-dak-nong\",\"provinceCode\":\"67\",\"effectiveOn\":\"2018-01-02\","
                + "\"actor\":\"giám đốc quỹ\",\"name\":\"Quỹ hỗ trợ phát triển hợp tác xã tỉnh Đắk Nông\","
                + "\"kind\":\"PROVINCIAL_SUPPORT_FUND\",\"charterCapital\":null}";
        assertThat(VALIDATOR.validate(FUND_OPENED, wire.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
