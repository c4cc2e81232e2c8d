package vn.pcmt.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API: a valid personal access token authenticates the
 * request; any other token is answered 401 at once. Requests without a bearer token pass on (HTTP Basic).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextRepository contexts;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(
            ApiTokenAuthenticator authenticator,
            AuthenticationEntryPoint entryPoint,
            SecurityContextRepository contexts) {
        this.authenticator = authenticator;
        this.entryPoint = entryPoint;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> authentication =
                authenticator.authenticate(header.substring(BEARER.length()).strip());
        if (authentication.isEmpty()) {
            holder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown, expired or revoked token"));
            return;
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication.get());
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
