package vn.pcmt.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Gives the links to WebJars their version ({@code /webjars/leaflet/dist/leaflet.css} →
 * {@code /webjars/leaflet/1.9.4/dist/leaflet.css}), as Spring's {@link ResourceUrlEncodingFilter} does, but only
 * those links, each resolved once. Spring's filter resolved every link of every page ({@code /people/123},
 * {@code /?group=…}) against the static resource locations, each a look-up in the application's jar under the jar
 * loader's lock: with the jar run, 200 users' threads queued on that lock and pages took over 60 s (Gatling,
 * ADR 058). Being a {@code ResourceUrlEncodingFilter}, this bean replaces the one Spring Boot would register.
 */
@Component
class WebJarLinks extends ResourceUrlEncodingFilter {

    private static final String WEBJARS = "/webjars/";

    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        String prefix = http.getContextPath() + WEBJARS;
        chain.doFilter(request, new HttpServletResponseWrapper(answer) {
            @Override
            public String encodeURL(String url) {
                String encoded = super.encodeURL(url);
                // the provider Spring MVC exposes to the request once it is handled (as its own filter reads it)
                ResourceUrlProvider resources = (ResourceUrlProvider)
                        http.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
                if (resources == null || !url.startsWith(prefix) || url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
                    return encoded;
                }
                String versioned = resolved.computeIfAbsent(url, u -> {
                    String path = u.substring(http.getContextPath().length());
                    String found = resources.getForLookupPath(path);
                    return found == null ? u : http.getContextPath() + found;
                });
                return versioned.equals(url) ? encoded : super.encodeURL(versioned);
            }
        });
    }
}
