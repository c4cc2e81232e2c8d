package vn.pcmt.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every failed login gets the same answer, whatever the reason (wrong password, unknown user, locked or
 * disabled account, too many failures from the address): telling them apart would tell an outsider which
 * accounts exist. The reason is in the access log.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
