package vn.pcmt.web.internal;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.pcmt.platform.InputText;

/**
 * What was wrong with a request's input, in words naming the field: a refused text (control character, too long),
 * a date that is no date, a number or choice that is not one, a missing parameter. Shared by {@link ApiProblems} and
 * {@link PageErrors}.
 */
@Component
class InputErrors {

    /**
     * A field and what is wrong with it; {@code accepted} lists the values the field takes when they are a closed set
     * (every enum: a role, a kind, a form, a reporter kind…), empty otherwise.
     */
    record Wrong(String field, String message, java.util.List<String> accepted) {

        Wrong(String field, String message) {
            this(field, message, java.util.List.of());
        }
    }

    private final MessageSource messages;

    InputErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** A parameter of a page or of the API that did not convert; {@code dateFormat} is how dates are written there. */
    Wrong typeMismatch(MethodArgumentTypeMismatchException e, String dateFormat, Locale locale) {
        return new Wrong(
                e.getName(),
                valueProblem(e, e.getRequiredType(), e.getValue(), dateFormat, locale),
                accepted(e.getRequiredType()));
    }

    Wrong missing(String name, Locale locale) {
        return new Wrong(name, messages.getMessage("input.missing", new Object[] {name}, locale));
    }

    /** A JSON body that could not be read: the field named by Jackson's path, when there is one. */
    Wrong unreadable(Throwable e, Locale locale) {
        JacksonException json = find(e, JacksonException.class);
        if (json == null) {
            return null;
        }
        String field = json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (field.isEmpty()) {
            return null;
        }
        String message;
        Class<?> target = json instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (json instanceof UnrecognizedPropertyException) {
            message = messages.getMessage("input.unknownField", null, locale);
        } else if (json instanceof InvalidFormatException invalid) {
            message = valueProblem(json, invalid.getTargetType(), invalid.getValue(), "yyyy-MM-dd", locale);
        } else if (json instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = valueProblem(json, mismatched.getTargetType(), null, "yyyy-MM-dd", locale);
        } else {
            message = messages.getMessage("typeMismatch", null, locale);
        }
        return new Wrong(field, message, accepted(target));
    }

    /** Parameters refused by their constraints ({@code @Size} on a comment…): each with its message. */
    java.util.List<Wrong> invalid(
            org.springframework.web.method.annotation.HandlerMethodValidationException e, Locale locale) {
        return e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(error -> new Wrong(
                                String.valueOf(r.getMethodParameter().getParameterName()),
                                messages.getMessage(error, locale))))
                .toList();
    }

    String detail(Wrong wrong, Locale locale) {
        return messages.getMessage("input.field", new Object[] {wrong.field(), wrong.message()}, locale);
    }

    private String valueProblem(Throwable e, Class<?> type, Object value, String dateFormat, Locale locale) {
        InputText.Refused refused = find(e, InputText.Refused.class);
        if (refused != null) {
            return messages.getMessage(refused.problem().messageKey(), new Object[] {InputText.MAX_LENGTH}, locale);
        }
        if (value instanceof String text) {
            InputText.Problem problem = InputText.problemOf(text);
            if (problem != null) {
                return messages.getMessage(problem.messageKey(), new Object[] {InputText.MAX_LENGTH}, locale);
            }
        }
        if (type != null && (type == LocalDate.class || Temporal.class.isAssignableFrom(type))) {
            return messages.getMessage("input.date", new Object[] {dateFormat}, locale);
        }
        String shown = value == null ? "" : shorten(InputText.cleaned(String.valueOf(value)));
        if (type != null && type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return messages.getMessage("input.choice", new Object[] {shown, choices}, locale);
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return messages.getMessage("input.number", new Object[] {shown}, locale);
        }
        return messages.getMessage("input.value", new Object[] {shown}, locale);
    }

    /** The names of an enum's constants, in their order; empty for any other type. */
    static java.util.List<String> accepted(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return java.util.List.of();
        }
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        Throwable root = NestedExceptionUtils.getRootCause(e);
        return type.isInstance(root) ? type.cast(root) : null;
    }
}
