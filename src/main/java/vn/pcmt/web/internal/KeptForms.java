package vn.pcmt.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import vn.pcmt.platform.KeptInput;

/**
 * A form that came back with a value that did not convert (an impossible date) is shown again with everything
 * typed: Spring leaves such a form null in the model, so it is rebuilt here from the binding result (see {@link
 * KeptInput}) before the page is rendered, for every form of every page.
 */
class KeptForms implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null
                || !(handler instanceof HandlerMethod method)
                || mav.getViewName() == null
                || mav.getViewName().startsWith("redirect:")) {
            return;
        }
        Map<String, Object> model = mav.getModel();
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (!parameter.hasParameterAnnotation(ModelAttribute.class)) {
                continue;
            }
            String name = ModelFactory.getNameForParameter(parameter);
            if (model.containsKey(name)
                    && model.get(name) == null
                    && model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult errors) {
                Object rebuilt = KeptInput.of(parameter.getParameterType(), errors);
                if (rebuilt != null) {
                    model.put(name, rebuilt);
                }
            }
        }
    }
}
