package vn.pcmt.web.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Vietnamese by default, English on request ({@code ?lang=en}); dates dd/MM/yyyy. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("PCMT_LANG");
        // Vietnamese unless chosen otherwise (?lang=en); API clients may ask for English by Accept-Language (without
        // the header the servlet would answer the server's own locale, which must not turn problems English)
        resolver.setDefaultLocaleFunction(
                request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                                && request.getHeader("Accept-Language") != null
                                && "en".equals(request.getLocale().getLanguage())
                        ? Locale.ENGLISH
                        : VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Links to WebJars stay without their version ({@code /webjars/bootstrap/css/bootstrap.min.css}): the resource
     * handler finds the version when the file is asked for (webjars-locator-lite). Spring Boot registers a {@link
     * ResourceUrlEncodingFilter} because the locator is present, and that filter resolved every link of every page
     * ({@code /people/123} too) against the static locations, each a look-up in the application's jar under the jar
     * loader's lock, never keeping a miss: under 200 users 195 threads queued on that lock (Gatling, ADR 058).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingOff() {
        // Spring Boot's registration is made only where none is (@ConditionalOnMissingFilterBean): this one, off
        FilterRegistrationBean<ResourceUrlEncodingFilter> off =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new KeptForms());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.time.LocalDate.class, new VietnameseDateFormatter());
    }
}
