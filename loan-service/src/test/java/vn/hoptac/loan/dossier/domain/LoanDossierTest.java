package vn.hoptac.loan.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoptac.loan.schedule.ArrearsBucket;
import vn.hoptac.loan.schedule.RepaymentMethod;
import vn.hoptac.plumbing.errors.ConflictException;
import vn.hoptac.plumbing.errors.ForbiddenException;
import vn.hoptac.plumbing.errors.InvalidFieldException;

/**
 * The dossier's rules without HTTP, Kafka or a store: each transition either returns its events and
 * changes the dossier, or refuses and leaves it as it was.
 */
class LoanDossierTest {

    static final LoanLimits LIMITS = new LoanLimits(300_000_000L, 60);
    static final Instant AT = Instant.parse("2019-06-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final long AMOUNT = 120_000_000L;

    static LocalDate on(String date) {
        return LocalDate.parse(date);
    }

    static LoanDossier.Application application(long amount) {
        return new LoanDossier.Application("htx-nhan-co", "HTX Nông nghiệp Nhân Cơ", "quy-68", "68",
                "Mua máy xúc phục vụ làm đất", amount, 12, true);
    }

    static LoanDossier received() {
        return LoanDossier.receive("loan-1", application(AMOUNT), LIMITS, on("2019-05-02"), "can.bo.tiep.nhan").dossier();
    }

    static LoanDossier appraised() {
        LoanDossier dossier = received();
        dossier.appraise(AMOUNT, 600, 12, 0, RepaymentMethod.EQUAL_PRINCIPAL, "Máy xúc", "Đủ điều kiện vay", LIMITS,
                on("2019-05-10"), "can.bo.tham.dinh", AT);
        return dossier;
    }

    static LoanDossier approved() {
        LoanDossier dossier = appraised();
        dossier.approve(null, "Đồng ý cho vay", on("2019-05-20"), "giam.doc.quy", AT);
        return dossier;
    }

    static LoanDossier active() {
        LoanDossier dossier = approved();
        dossier.reserveTranche("t1", AMOUNT, on("2019-06-01"), "key-t1", "fp-t1", TODAY, "thu.quy", AT);
        dossier.confirmTranche("t1").orElseThrow();
        return dossier;
    }

    static List<String> fields(InvalidFieldException e) {
        return e.errors().stream().map(InvalidFieldException.FieldError::field).toList();
    }

    @Nested
    class Origination {

        @Test
        void aDossierIsReceivedOnlyWithinTheFundsLimitsAndEveryFaultIsNamedAtOnce() {
            var bad = new LoanDossier.Application("htx", "HTX", "quy-68", "68", " ", LIMITS.maxLoanAmount() + 1, 61, false);
            assertThatThrownBy(() -> LoanDossier.receive("loan-x", bad, LIMITS, on("2019-05-02"), "can.bo"))
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(fields(e)).containsExactly("amountRequested", "termMonths", "purpose"));

            var receipt = LoanDossier.receive("loan-1", application(AMOUNT), LIMITS, on("2019-05-02"), "can.bo");
            assertThat(receipt.dossier().status()).isEqualTo(LoanStatus.RECEIVED);
            assertThat(receipt.event().amountRequested()).isEqualTo(AMOUNT);
            assertThat(receipt.dossier().decisions()).isEmpty();
        }

        @Test
        void eachStepMovesTheStatusAndAddsOneDecisionToTheAuditTrail() {
            LoanDossier dossier = received();
            assertThat(dossier.giveGuidance("Bổ sung phương án sản xuất", on("2019-05-03"), "can.bo", AT))
                    .isInstanceOf(DossierGuidanceGiven.class);
            assertThat(dossier.status()).isEqualTo(LoanStatus.IN_COMPLETION);
            assertThat(dossier.complete(on("2019-05-06"), "can.bo", AT)).isInstanceOf(DossierCompleted.class);
            assertThat(dossier.appraise(100_000_000, 600, 12, 0, RepaymentMethod.EQUAL_PRINCIPAL, null, "Khả thi", LIMITS,
                    on("2019-05-10"), "can.bo.tham.dinh", AT)).isInstanceOf(DossierAppraised.class);
            LoanEvent approval = dossier.approve(null, "Đồng ý", on("2019-05-20"), "giam.doc.quy", AT);

            assertThat(approval).isInstanceOfSatisfying(DossierApproved.class,
                    a -> assertThat(a.approvedAmount()).as("no amount approves what was appraised").isEqualTo(100_000_000));
            assertThat(dossier.status()).isEqualTo(LoanStatus.APPROVED);
            assertThat(dossier.decisions()).extracting(Decision::kind).containsExactly(DecisionKind.GUIDANCE,
                    DecisionKind.COMPLETED, DecisionKind.APPRAISED, DecisionKind.APPROVED);
            assertThat(dossier.decisions()).extracting(Decision::officer)
                    .containsExactly("can.bo", "can.bo", "can.bo.tham.dinh", "giam.doc.quy");
        }

        @Test
        void whoeverAppraisedADossierCannotApproveIt() {
            LoanDossier dossier = appraised();
            assertThatThrownBy(() -> dossier.approve(null, "Tự duyệt", on("2019-05-20"), "can.bo.tham.dinh", AT))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("Four-eyes");
            assertThat(dossier.status()).isEqualTo(LoanStatus.APPRAISED);
            assertThat(dossier.decisions()).extracting(Decision::kind).containsExactly(DecisionKind.APPRAISED);
        }

        @Test
        void nothingAboveTheAppraisedAmountIsApprovedNorAboveTheRequestAppraised() {
            LoanDossier dossier = appraised();
            assertThatThrownBy(() -> dossier.approve(AMOUNT + 1, "Đồng ý", on("2019-05-20"), "giam.doc.quy", AT))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(fields(e)).containsExactly("approvedAmount"));
            assertThatThrownBy(() -> received().appraise(AMOUNT + 1, 600, 12, 0, RepaymentMethod.EQUAL_PRINCIPAL, null, "Khả thi",
                    LIMITS, on("2019-05-10"), "can.bo", AT))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(fields(e)).containsExactly("appraisedAmount"));
            assertThat(dossier.status()).isEqualTo(LoanStatus.APPRAISED);
        }

        @Test
        void aDecisionDatedBeforeTheLastStepIsRefused() {
            LoanDossier dossier = appraised();
            assertThatThrownBy(() -> dossier.approve(null, "Đồng ý", on("2019-05-09"), "giam.doc.quy", AT))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(fields(e)).containsExactly("on"));
            assertThat(dossier.decisions()).hasSize(1);
        }

        @Test
        void aStepOutOfOrderIsAConflict() {
            assertThatThrownBy(() -> received().approve(null, "Đồng ý", on("2019-05-20"), "giam.doc.quy", AT))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("RECEIVED");
            assertThatThrownBy(() -> received().complete(on("2019-05-20"), "can.bo", AT)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> approved().reject("Muộn", on("2019-05-21"), "giam.doc.quy", AT))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void aDossierCanBeWithdrawnUntilMoneyIsReserved() {
            LoanDossier withdrawn = approved();
            assertThat(withdrawn.withdraw("HTX đổi phương án", on("2019-05-25"), "htx", AT)).isInstanceOf(DossierWithdrawn.class);
            assertThat(withdrawn.status()).isEqualTo(LoanStatus.WITHDRAWN);

            LoanDossier reserved = approved();
            reserved.reserveTranche("t1", AMOUNT, on("2019-06-01"), null, "fp", TODAY, "thu.quy", AT);
            assertThatThrownBy(() -> reserved.withdraw("Muộn", on("2019-06-02"), "htx", AT)).isInstanceOf(ConflictException.class);
            assertThat(reserved.status()).isEqualTo(LoanStatus.APPROVED);
        }
    }

    @Nested
    class TrancheWindow {

        @Test
        void reservationsNeverExceedTheApprovedAmountCountingThoseInProgress() {
            LoanDossier dossier = approved();
            dossier.reserveTranche("t1", 80_000_000, on("2019-06-01"), null, "fp", TODAY, "thu.quy", AT);
            assertThatThrownBy(() -> dossier.reserveTranche("t2", 40_000_001, on("2019-06-05"), null, "fp", TODAY, "thu.quy", AT))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("80000000 VND already disbursed or in progress");
            assertThat(dossier.loan().tranches()).hasSize(1);
        }

        @Test
        void aTrancheIsDatedBetweenTheApprovalAndToday() {
            LoanDossier dossier = approved();
            assertThatThrownBy(() -> dossier.reserveTranche("t1", AMOUNT, on("2019-05-19"), null, "fp", TODAY, "thu.quy", AT))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(fields(e)).containsExactly("disbursedOn"));
            assertThatThrownBy(() -> dossier.reserveTranche("t1", AMOUNT, TODAY.plusDays(1), null, "fp", TODAY, "thu.quy", AT))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(fields(e)).containsExactly("disbursedOn"));
            assertThat(dossier.loan().tranches()).isEmpty();
        }

        @Test
        void laterTranchesFallBeforeTheFirstInstalmentAndTheScheduleCoversThemAll() {
            LoanDossier dossier = approved();
            dossier.reserveTranche("t1", 60_000_000, on("2019-06-01"), null, "fp", TODAY, "thu.quy", AT);
            var first = dossier.confirmTranche("t1").orElseThrow();
            assertThat(dossier.status()).isEqualTo(LoanStatus.ACTIVE);
            LocalDate firstDue = dossier.loan().schedule().get(0).dueOn();
            assertThat(((TrancheDisbursed) first).totalDisbursed()).isEqualTo(60_000_000);

            assertThatThrownBy(() -> dossier.reserveTranche("late", 60_000_000, firstDue, null, "fp", TODAY, "thu.quy", AT))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("first instalment");
            dossier.reserveTranche("t2", 60_000_000, firstDue.minusDays(1), null, "fp", TODAY, "thu.quy", AT);
            dossier.confirmTranche("t2").orElseThrow();
            assertThat(dossier.loan().schedule().stream().mapToLong(i -> i.principal()).sum()).isEqualTo(AMOUNT);
        }

        @Test
        void confirmingTwiceChangesNothingAndOnlyAPendingTrancheCanBeCancelled() {
            LoanDossier dossier = approved();
            dossier.reserveTranche("t1", 50_000_000, on("2019-06-01"), null, "fp", TODAY, "thu.quy", AT);
            dossier.reserveTranche("t2", 50_000_000, on("2019-06-02"), null, "fp", TODAY, "thu.quy", AT);
            assertThat(dossier.confirmTranche("t1")).isPresent();
            assertThat(dossier.confirmTranche("t1")).as("a redelivered confirmation").isEmpty();
            assertThat(dossier.cancelTranche("t1")).as("a disbursed tranche stays").isFalse();
            assertThat(dossier.cancelTranche("t2")).isTrue();
            assertThat(dossier.loan().tranches()).extracting(TrancheRecord::trancheId).containsExactly("t1");
        }
    }

    @Nested
    class Repayments {

        @Test
        void paymentOfThePayoffSettlesTheLoanAndMoreIsRefused() {
            LoanDossier dossier = active();
            LocalDate paidOn = on("2019-09-15");
            long payoff = dossier.account().payoffAmount(paidOn);

            assertThatThrownBy(() -> dossier.repay("r0", payoff + 1, paidOn, null, "fp", TODAY, "thu.quy"))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(fields(e)).containsExactly("amount"));
            assertThatThrownBy(() -> dossier.repay("r0", 1, TODAY.plusDays(1), null, "fp", TODAY, "thu.quy"))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(fields(e)).containsExactly("receivedOn"));
            assertThat(dossier.loan().repayments()).isEmpty();

            List<LoanEvent> events = dossier.repay("r1", payoff, paidOn, null, "fp", TODAY, "thu.quy");
            assertThat(events).hasExactlyElementsOfTypes(RepaymentReceived.class, LoanSettled.class);
            RepaymentReceived received = (RepaymentReceived) events.get(0);
            assertThat(received.allocation().principal()).isEqualTo(AMOUNT);
            assertThat(received.outstandingPrincipal()).isZero();
            assertThat(dossier.status()).isEqualTo(LoanStatus.SETTLED);
        }
    }

    @Nested
    class WriteOffAndRecovery {

        @Test
        void aWriteOffTakesTheOutstandingPrincipalAndRecoveriesNeverExceedIt() {
            LoanDossier dossier = active();
            LocalDate paidOn = on("2019-07-01");
            long firstInstalment = dossier.loan().schedule().get(0).total();
            dossier.repay("r1", firstInstalment, paidOn, null, "fp", TODAY, "thu.quy");
            long outstanding = dossier.account().positionAsOf(paidOn).outstandingPrincipal();

            LoanEvent writtenOff = dossier.writeOff("HTX mất khả năng trả nợ", on("2021-01-10"), "giam.doc.quy", AT);
            assertThat(writtenOff).isInstanceOfSatisfying(LoanWrittenOff.class, w -> assertThat(w.amount()).isEqualTo(outstanding));
            assertThat(dossier.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
            assertThat(dossier.decisions()).extracting(Decision::kind).endsWith(DecisionKind.WRITTEN_OFF);

            assertThat(dossier.repay("r2", 20_000_000, on("2022-03-01"), null, "fp", TODAY, "thu.quy"))
                    .singleElement().isInstanceOfSatisfying(LoanRecovered.class, r -> assertThat(r.amount()).isEqualTo(20_000_000));
            assertThatThrownBy(() -> dossier.repay("r3", outstanding - 20_000_000 + 1, on("2022-04-01"), null, "fp", TODAY, "thu.quy"))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.errors().get(0).message())
                            .contains((outstanding - 20_000_000) + " VND"));
            assertThat(dossier.repay("r3", outstanding - 20_000_000, on("2022-04-01"), null, "fp", TODAY, "thu.quy")).hasSize(1);
            assertThat(dossier.status()).isEqualTo(LoanStatus.WRITTEN_OFF);
        }

        @Test
        void onlyAnActiveLoanCanBeWrittenOff() {
            assertThatThrownBy(() -> approved().writeOff("Không", on("2019-06-01"), "giam.doc.quy", AT))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class Dissolution {

        @Test
        void anOpenDossierIsClosedOnceAndARedeliveryChangesNothing() {
            LoanDossier dossier = appraised();
            List<LoanEvent> events = dossier.organisationDissolved("Giải thể tự nguyện", on("2019-05-15"), "registry", AT);
            assertThat(events).singleElement().isInstanceOf(DossierClosed.class);
            assertThat(dossier.status()).isEqualTo(LoanStatus.CLOSED);
            assertThat(dossier.organisationDissolved("Giải thể tự nguyện", on("2019-05-15"), "registry", AT)).isEmpty();
            assertThat(dossier.decisions()).hasSize(2);
        }

        @Test
        void aClosingIsNeverDatedBeforeTheStepsAlreadyRecorded() {
            LoanDossier dossier = appraised();
            DossierClosed closed = (DossierClosed) dossier.organisationDissolved("Giải thể", on("2019-05-01"), "registry", AT)
                    .get(0);
            assertThat(closed.effectiveOn()).isEqualTo(on("2019-05-10"));
        }

        @Test
        void anActiveLoanIsFlaggedForRecoveryOnceAndNothingMoreIsDisbursed() {
            LoanDossier dossier = approved();
            dossier.reserveTranche("t1", 60_000_000, on("2019-06-01"), null, "fp", TODAY, "thu.quy", AT);
            dossier.confirmTranche("t1").orElseThrow();

            List<LoanEvent> events = dossier.organisationDissolved("Giải thể", on("2019-06-10"), "registry", AT);
            assertThat(events).singleElement().isInstanceOfSatisfying(RecoveryFlagged.class,
                    f -> assertThat(f.outstandingPrincipal()).isEqualTo(60_000_000));
            assertThat(dossier.status()).isEqualTo(LoanStatus.ACTIVE);
            assertThat(dossier.loan().recoveryRequired()).isTrue();
            assertThat(dossier.organisationDissolved("Giải thể", on("2019-06-10"), "registry", AT)).isEmpty();
            assertThatThrownBy(() -> dossier.reserveTranche("t2", 10_000_000, on("2019-06-11"), null, "fp", TODAY, "thu.quy", AT))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("recovery");
        }

        @Test
        void aSettledLoanNeedsNothing() {
            LoanDossier dossier = active();
            dossier.repay("r1", dossier.account().payoffAmount(on("2019-07-15")), on("2019-07-15"), null, "fp", TODAY, "thu.quy");
            assertThat(dossier.organisationDissolved("Giải thể", on("2020-01-01"), "registry", AT)).isEmpty();
            assertThat(dossier.status()).isEqualTo(LoanStatus.SETTLED);
        }
    }

    @Nested
    class Ageing {

        @Test
        void aMissedInstalmentMovesTheLoanBetweenBucketsOncePerMove() {
            LoanDossier dossier = active();
            LocalDate firstDue = dossier.loan().schedule().get(0).dueOn();
            assertThat(dossier.age(firstDue, "ageing")).isEmpty();

            ArrearsChanged late = (ArrearsChanged) dossier.age(firstDue.plusDays(1), "ageing").orElseThrow();
            assertThat(late.fromBucket()).isEqualTo(ArrearsBucket.CURRENT);
            assertThat(late.toBucket()).isEqualTo(ArrearsBucket.DAYS_1_30);
            assertThat(late.daysOverdue()).isEqualTo(1);
            assertThat(dossier.age(firstDue.plusDays(2), "ageing")).as("same bucket").isEmpty();
            assertThat(dossier.age(firstDue.plusDays(31), "ageing").orElseThrow())
                    .isInstanceOfSatisfying(ArrearsChanged.class, a -> assertThat(a.toBucket()).isEqualTo(ArrearsBucket.DAYS_31_90));
            assertThat(approved().age(firstDue.plusDays(40), "ageing")).as("nothing lent, nothing ages").isEmpty();
        }
    }
}
