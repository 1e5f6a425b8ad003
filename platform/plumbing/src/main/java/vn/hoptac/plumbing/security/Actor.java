package vn.hoptac.plumbing.security;

import java.util.Set;

/**
 * Who is calling, as the verified token says: {@code sub} is the id written as the actor into events,
 * {@code name} the display name. A controller method takes it as a parameter.
 *
 * @param provinces the two-digit province codes the holder acts for (empty for a national token)
 * @param national  the Vietnam Cooperative Alliance: reads every province, changes none
 */
public record Actor(String id, String name, Set<Role> roles, Set<String> provinces, boolean national) {

    public Actor {
        roles = Set.copyOf(roles);
        provinces = Set.copyOf(provinces);
    }

    /** Whether one of the actor's roles satisfies one of {@code required}. */
    public boolean holdsAnyOf(Role... required) {
        for (Role role : roles) {
            for (Role wanted : required) {
                if (role.grants(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }
}
