package vn.pcmt.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.platform.RuleViolationException;

/** Failures of pages as Vietnamese error pages with the right status. Runs after {@link ApiProblems}, which takes the API's controllers first. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageErrors {

    private final MessageSource messages;
    private final AccessDenials denials;
    private final InputErrors inputErrors;
    private final LayoutModel layout;

    PageErrors(MessageSource messages, AccessDenials denials, InputErrors inputErrors, LayoutModel layout) {
        this.messages = messages;
        this.denials = denials;
        this.inputErrors = inputErrors;
        this.layout = layout;
    }

    @ExceptionHandler({
        OutsideJurisdictionException.class,
        org.springframework.security.access.AccessDeniedException.class
    })
    String forbidden(Exception e, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
        denials.record(request, e);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }

    /** A broken rule that no form caught: the reason in words, and the way back. */
    @ExceptionHandler(RuleViolationException.class)
    String ruleViolated(RuleViolationException e, HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute(
                "message", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        return "error/422";
    }

    /** A parameter that does not convert: the page names it and says what is wrong (a date: dd/MM/yyyy). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(
            MethodArgumentTypeMismatchException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return badInput(
                inputErrors.typeMismatch(e, "dd/MM/yyyy", LocaleContextHolder.getLocale()), request, response, model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missingParameter(
            MissingServletRequestParameterException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return badInput(
                inputErrors.missing(e.getParameterName(), LocaleContextHolder.getLocale()), request, response, model);
    }

    /** A form without a place for its errors (no binding result): every field and what is wrong with it. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    String invalidForm(
            MethodArgumentNotValidException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        var locale = LocaleContextHolder.getLocale();
        String message = e.getBindingResult().getAllErrors().stream()
                .map(error -> error instanceof org.springframework.validation.FieldError f
                        ? inputErrors.detail(
                                new InputErrors.Wrong(f.getField(), messages.getMessage(f, locale)), locale)
                        : messages.getMessage(error, locale))
                .distinct()
                .collect(java.util.stream.Collectors.joining(" "));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", message);
        model.addAttribute("viewer", layout.viewer(request));
        return "error/400";
    }

    /** Parameters refused by their constraints (a comment too long…): each named with its message. */
    @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
    String invalidParameters(
            org.springframework.web.method.annotation.HandlerMethodValidationException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var locale = LocaleContextHolder.getLocale();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(
                "message",
                inputErrors.invalid(e, locale).stream()
                        .map(w -> inputErrors.detail(w, locale))
                        .collect(java.util.stream.Collectors.joining(" ")));
        model.addAttribute("viewer", layout.viewer(request));
        return "error/400";
    }

    private String badInput(
            InputErrors.Wrong wrong, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("message", inputErrors.detail(wrong, LocaleContextHolder.getLocale()));
        model.addAttribute("viewer", layout.viewer(request));
        return "error/400";
    }

    @ExceptionHandler({
        org.springframework.web.multipart.MultipartException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class
    })
    String badRequest(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "error/400";
    }
}
