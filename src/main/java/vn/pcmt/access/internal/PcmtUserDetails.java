package vn.pcmt.access.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.pcmt.access.CurrentUser;
import vn.pcmt.access.Permission;

/** The security principal: the user's account as it was at login. */
public final class PcmtUserDetails implements UserDetails {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    PcmtUserDetails(UserAccount account, Instant now) {
        this.user = new CurrentUser(
                account.getId(),
                account.getUsername(),
                account.getFullName(),
                account.getRole(),
                account.getUnitId(),
                account.getAgencyId(),
                account.getFacilityId());
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.locked = account.isLocked(now);
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
        for (Permission permission : user.role().permissions()) {
            authorities.add(new SimpleGrantedAuthority(permission.name()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
