package vn.pcmt.geo.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.pcmt.geo.RegisterScope;
import vn.pcmt.geo.RegisterScopes;

/**
 * A list page's {@link RegisterScope} as an argument of its handler (ADR 049): read from the request's {@code unit},
 * {@code from} and {@code to} ({@link RegisterScopes#of}, checked against the jurisdiction) and put in the model as
 * every list's filter reads it ({@link RegisterScope#attributes()}). A list controller writes {@code list(RegisterScope
 * scope, …, Model model)} and asks its service for {@code scope.code(), scope.from(), scope.to()}. A date that does not
 * convert is refused as a {@code @RequestParam} would be (the page names the parameter).
 */
@Configuration(proxyBeanMethods = false)
class RegisterScopeArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final RegisterScopes scopes;

    RegisterScopeArguments(RegisterScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RegisterScope.class;
    }

    @Override
    public RegisterScope resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders)
            throws Exception {
        WebDataBinder binder = binders.createBinder(request, null, "scope");
        RegisterScope scope = scopes.of(
                request.getParameter("unit"),
                date(binder, request, "from", parameter),
                date(binder, request, "to", parameter));
        if (container != null) {
            container.addAllAttributes(scope.attributes());
        }
        return scope;
    }

    private static LocalDate date(
            WebDataBinder binder, NativeWebRequest request, String name, MethodParameter parameter) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return binder.convertIfNecessary(value, LocalDate.class);
        } catch (TypeMismatchException e) {
            throw new MethodArgumentTypeMismatchException(value, LocalDate.class, name, parameter, e.getCause());
        }
    }
}
