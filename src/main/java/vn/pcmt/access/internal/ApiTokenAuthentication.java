package vn.pcmt.access.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A caller of the API authenticated by a personal access token. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final PcmtUserDetails user;
    private final long tokenId;
    private final boolean readOnly;

    ApiTokenAuthentication(PcmtUserDetails user, long tokenId, boolean readOnly) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        this.readOnly = readOnly;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PcmtUserDetails getPrincipal() {
        return user;
    }

    long tokenId() {
        return tokenId;
    }

    boolean readOnly() {
        return readOnly;
    }
}
