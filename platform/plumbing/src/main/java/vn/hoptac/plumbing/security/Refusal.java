package vn.hoptac.plumbing.security;

import org.springframework.security.authorization.AuthorizationResult;

/** A denied authorization that says why, for the 403's detail. */
record Refusal(String reason) implements AuthorizationResult {

    @Override
    public boolean isGranted() {
        return false;
    }
}
