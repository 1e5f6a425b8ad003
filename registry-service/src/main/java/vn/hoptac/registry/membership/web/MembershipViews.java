package vn.hoptac.registry.membership.web;

import java.time.LocalDate;
import java.util.List;
import vn.hoptac.registry.membership.application.MembershipService.AdmissionResult;
import vn.hoptac.registry.membership.application.MembershipService.Members;
import vn.hoptac.registry.membership.domain.Membership;
import vn.hoptac.registry.membership.domain.Refusal;
import vn.hoptac.plumbing.outbox.Versioned;

/** Memberships, batches and member lists as the API shows them. */
public final class MembershipViews {

    private MembershipViews() {
    }

    /** A membership; {@code version} is also the ETag. */
    public record MembershipView(String id, String organisationId, String batch, LocalDate admittedOn, LocalDate endedOn,
            String endReason, boolean active, long version) {

        static MembershipView of(Versioned<Membership> stored) {
            Membership m = stored.aggregate();
            return new MembershipView(m.id(), m.organisationId(), m.batch(), m.admittedOn(), m.endedOn(), m.endReason(),
                    m.isActive(), stored.version());
        }
    }

    /** What the batch did to one organisation: {@code outcome} is {@code admitted} or {@code rejected}. */
    public record AdmissionView(String organisationId, String outcome, String membershipId, Refusal.Reason reason, String detail) {

        static AdmissionView of(AdmissionResult result) {
            return result.admitted() ? new AdmissionView(result.organisationId(), "admitted", result.membershipId(), null, null)
                    : new AdmissionView(result.organisationId(), "rejected", null, result.refusal().reason(),
                            result.refusal().detail());
        }
    }

    /** A batch's answer, in the order the organisations were sent. */
    public record BatchView(String batch, LocalDate admittedOn, long admitted, long rejected, List<AdmissionView> results) {

        static BatchView of(String batch, LocalDate admittedOn, List<AdmissionResult> results) {
            long admitted = results.stream().filter(AdmissionResult::admitted).count();
            return new BatchView(batch.strip(), admittedOn, admitted, results.size() - admitted,
                    results.stream().map(AdmissionView::of).toList());
        }
    }

    public record MemberView(String organisationId, String membershipId, String batch, LocalDate admittedOn) {
    }

    /** The members on {@code asOf}, by admission date then organisation. */
    public record MembersView(LocalDate asOf, int count, List<MemberView> members) {

        static MembersView of(Members members) {
            return new MembersView(members.asOf(), members.memberships().size(), members.memberships().stream()
                    .map(m -> new MemberView(m.organisationId(), m.id(), m.batch(), m.admittedOn())).toList());
        }
    }
}
