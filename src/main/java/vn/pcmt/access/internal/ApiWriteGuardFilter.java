package vn.pcmt.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a caller of the API may change, by the way it authenticated:
 *
 * <ul>
 *   <li>a read-only token only reads (GET, HEAD);
 *   <li>HTTP Basic changes data (POST, PUT, PATCH, DELETE) only with a JSON body type. Another site can
 *       make a browser send a form, a multipart upload or an empty POST, but not a JSON one without asking
 *       (CORS), and the API allows no other origin; so a password a browser remembers cannot be used to
 *       change data from another site. Uploads and changes without a body need a token.
 * </ul>
 */
class ApiWriteGuardFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ProblemResponses problems;

    ApiWriteGuardFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        String method = request.getMethod();
        if (authentication instanceof ApiTokenAuthentication token) {
            if (token.readOnly() && !READS.contains(method)) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "api.token.readOnly");
                return;
            }
        } else if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && CHANGES.contains(method)
                && !json(request.getContentType())) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "api.basic.needsJson");
            return;
        }
        chain.doFilter(request, response);
    }

    /** {@code application/json} or {@code application/*+json}, with or without parameters; no wildcards. */
    static boolean json(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "application".equalsIgnoreCase(type.getType())
                    && !type.isWildcardSubtype()
                    && ("json".equalsIgnoreCase(type.getSubtype())
                            || type.getSubtype()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .endsWith("+json"));
        } catch (InvalidMimeTypeException e) {
            return false;
        }
    }
}
