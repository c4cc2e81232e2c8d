package vn.pcmt.access.internal;

import java.util.LinkedHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.pcmt.audit.AccessLog;

/**
 * Two chains: the JSON API under {@code /api/**} with personal access tokens or HTTP Basic and no session
 * (changes by HTTP Basic only with a JSON body: ADR 017), and
 * the pages with form login, CSRF on every form (htmx sends the token as a header), session timeout and
 * logout. Roles and permissions are checked on services and controllers with method security.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Pages run only their own scripts, from files (no inline script or event handler: behaviours hang on
     * data-* attributes in static/js/app.js); inline styles stay allowed (htmx, Leaflet and ECharts set them).
     */
    static final String PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** JSON and files: nothing to run, nothing to frame. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /** The map needs no position of the device; nothing needs a camera or microphone. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and able to read hashes of stronger encoders later without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Username and password (login page and HTTP Basic): throttled per client address, and the account's
     * state checked only after the password, so that every failure looks alike from outside.
     */
    @Bean
    AuthenticationProvider passwordAuthentication(
            AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle, AccessLog accessLog) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(passwords, throttle, accessLog);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint entryPoint,
            ApiTokenAuthenticator tokens,
            ProblemResponses problems)
            throws Exception {
        var contexts = new RequestAttributeSecurityContextRepository();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, entryPoint, contexts), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("PCMT").authenticationEntryPoint(entryPoint))
                .addFilterAfter(new ApiWriteGuardFilter(problems), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(contexts))
                // no session, hence no CSRF token: cross-site writes are stopped by ApiWriteGuardFilter
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)));
        return http.build();
    }

    /** Pages go to the login page; an htmx request gets 401, which app.js turns into that same redirect. */
    private static AuthenticationEntryPoint pageEntryPoint() {
        var htmx = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        htmx.put(
                request -> "true".equals(request.getHeader("HX-Request")),
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        var entryPoint = new DelegatingAuthenticationEntryPoint(htmx);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(pageEntryPoint()))
                .headers(headers -> headers.referrerPolicy(
                                r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_CSP))
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY)));
        return http.build();
    }
}
