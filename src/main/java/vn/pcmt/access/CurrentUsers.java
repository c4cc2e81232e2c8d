package vn.pcmt.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.pcmt.access.internal.PcmtUserDetails;
import vn.pcmt.geo.CurrentJurisdiction;
import vn.pcmt.geo.Jurisdiction;

/**
 * The signed-in user of the current request, and their jurisdiction. A request without a signed-in user
 * has no jurisdiction at all: asking for it is a programming error, answered by refusal.
 */
@Component
public class CurrentUsers implements CurrentJurisdiction {

    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PcmtUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return current().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no user"));
    }

    @Override
    public Jurisdiction get() {
        return require().jurisdiction();
    }

    @Override
    public Long workplace() {
        return require().facilityId();
    }
}
