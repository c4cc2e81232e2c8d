package vn.pcmt.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * The API's answer to a request without valid credentials: an RFC 9457 problem and a {@code Bearer}
 * challenge, never {@code Basic}, which would make a browser ask for the password and then send it on its
 * own with every request to the API, including those forged by another site.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"PCMT\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.401");
    }
}
