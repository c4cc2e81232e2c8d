package vn.pcmt.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    PageErrors(MessageSource messages, AccessDenials denials) {
        this.messages = messages;
        this.denials = denials;
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

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        org.springframework.web.multipart.MultipartException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class
    })
    String badRequest(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "error/400";
    }
}
