package vn.pcmt.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;

/**
 * Username and password, for the login page and HTTP Basic alike: refused without a look at the password
 * when the client address has spent its budget of failures ({@link LoginThrottle}); otherwise checked by
 * the password encoder, and only then is the account's state (locked, disabled) looked at, so that a wrong
 * password gets the same answer, in the same time, whether the account exists, is locked or not.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccessLog accessLog;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, AccessLog accessLog) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accessLog = accessLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = address(authentication);
        String username = authentication.getName();
        if (!throttle.allows(address, username)) {
            accessLog.recordFor(username, AccessEventKind.LOGIN_THROTTLED, null, null, "address " + address);
            throw new LoginRefusedException();
        }
        try {
            return passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            throttle.failed(address, username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
