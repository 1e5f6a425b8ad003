package vn.hoptac.plumbing.security;

import java.util.Optional;
import vn.hoptac.plumbing.alliance.Alliance;

/**
 * Whether a token acts for this deployment. A province's deployment serves tokens whose
 * {@code provinces} include its province, and lets a national token read but change nothing; the
 * national alliance's own deployment serves national tokens only.
 */
public final class AllianceScope {

    private final Alliance alliance;

    public AllianceScope(Alliance alliance) {
        this.alliance = alliance;
    }

    /** Why {@code actor} may not make this request here, or empty when it may. */
    public Optional<String> refusal(Actor actor, boolean changes) {
        if (alliance.national()) {
            return actor.national() ? Optional.empty()
                    : Optional.of("This is the national alliance's service: it serves national tokens only.");
        }
        if (actor.provinces().contains(alliance.provinceCode())) {
            return Optional.empty();
        }
        if (actor.national()) {
            return changes ? Optional.of("A national token reads every province's data and changes none.")
                    : Optional.empty();
        }
        return Optional.of("This token acts for " + (actor.provinces().isEmpty() ? "no province"
                : "provinces " + actor.provinces()) + ", not for this alliance (" + alliance.provinceCode() + ").");
    }
}
