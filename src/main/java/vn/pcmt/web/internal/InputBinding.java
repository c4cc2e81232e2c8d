package vn.pcmt.web.internal;

import java.beans.PropertyEditorSupport;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.pcmt.platform.InputText;

/**
 * Every text a page or the API receives as a parameter, a path segment or a form field passes {@link InputText}
 * before a controller sees it: a refused text is a 400 naming the parameter, or a field error on the form with the
 * reason (and what was typed, without the forbidden characters). JSON bodies get the same check from {@link
 * InputJackson}.
 */
@ControllerAdvice
class InputBinding {

    @InitBinder
    void checkTexts(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CheckedText());
        binder.setBindingErrorProcessor(new TextErrors());
    }

    /** Text as typed, refused when {@link InputText} refuses it. */
    static final class CheckedText extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(InputText.checked(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** A refused text as a field error saying why, instead of Spring's "typeMismatch". */
    static final class TextErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            if (!(NestedExceptionUtils.getMostSpecificCause(ex) instanceof InputText.Refused refused)
                    || ex.getPropertyName() == null) {
                super.processPropertyAccessException(ex, bindingResult);
                return;
            }
            String field = ex.getPropertyName();
            Object typed = ex.getValue();
            if (typed instanceof String[] values && values.length == 1) {
                typed = values[0];
            }
            bindingResult.addError(new FieldError(
                    bindingResult.getObjectName(),
                    field,
                    typed instanceof String s ? InputText.cleaned(s) : null,
                    true,
                    bindingResult.resolveMessageCodes(refused.problem().messageKey(), field),
                    new Object[] {InputText.MAX_LENGTH},
                    refused.getMessage()));
        }
    }
}
