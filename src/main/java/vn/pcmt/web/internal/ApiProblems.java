package vn.pcmt.web.internal;

import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.pcmt.geo.OutsideJurisdictionException;
import vn.pcmt.platform.RuleViolationException;

/** Every failure of the JSON API as an RFC 9457 problem with a Vietnamese (or English) detail; never a trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final AccessDenials denials;
    private final InputErrors inputErrors;

    ApiProblems(MessageSource messages, AccessDenials denials, InputErrors inputErrors) {
        this.messages = messages;
        this.denials = denials;
        this.inputErrors = inputErrors;
        setMessageSource(messages);
    }

    @ExceptionHandler({OutsideJurisdictionException.class, AccessDeniedException.class})
    ProblemDetail forbidden(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        denials.record(request, e);
        return problem(HttpStatus.FORBIDDEN, "error.403");
    }

    /** Too many requests of a kind (e.g. duplicate checks reaching other units): 429 with the reason. */
    @ExceptionHandler(vn.pcmt.platform.ThrottledException.class)
    ProblemDetail throttled(vn.pcmt.platform.ThrottledException e) {
        ProblemDetail problem = ruleViolated(e);
        problem.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "error.404");
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        problem.setProperty("code", e.messageKey());
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        return problem(HttpStatus.CONFLICT, "error.409");
    }

    /** A parameter that does not convert: the problem names it and says what is wrong. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return badInput(inputErrors.typeMismatch(e, "yyyy-MM-dd", LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler({
        IllegalArgumentException.class,
        ConstraintViolationException.class,
        org.springframework.web.multipart.MultipartException.class
    })
    ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "error.400");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500");
    }

    /** Bean Validation failures: the first message as the detail, and every field's message in {@code errors}. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(e -> errors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(e -> errors.putIfAbsent(e.getObjectName(), messages.getMessage(e, locale)));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.isEmpty()
                        ? messages.getMessage("error.400", null, locale)
                        : errors.values().iterator().next());
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body that is not the JSON expected: the field and what is wrong with it when Jackson can tell. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        InputErrors.Wrong wrong = inputErrors.unreadable(ex, LocaleContextHolder.getLocale());
        if (wrong == null) {
            return super.handleHttpMessageNotReadable(ex, headers, status, request);
        }
        return super.handleExceptionInternal(ex, badInput(wrong), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return super.handleExceptionInternal(
                ex,
                badInput(inputErrors.missing(ex.getParameterName(), LocaleContextHolder.getLocale())),
                headers,
                HttpStatus.BAD_REQUEST,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var wrong = inputErrors.invalid(ex, LocaleContextHolder.getLocale());
        if (wrong.isEmpty()) {
            return super.handleHandlerMethodValidationException(ex, headers, status, request);
        }
        return super.handleExceptionInternal(ex, badInput(wrong.get(0)), headers, HttpStatus.BAD_REQUEST, request);
    }

    private ProblemDetail badInput(InputErrors.Wrong wrong) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, inputErrors.detail(wrong, locale));
        problem.setProperty("errors", Map.of(wrong.field(), wrong.message()));
        if (!wrong.accepted().isEmpty()) {
            // a closed set of values (an enum): the problem lists them, so a caller need not know the codes
            problem.setProperty("field", wrong.field());
            problem.setProperty("accepted", wrong.accepted());
        }
        return problem;
    }

    /** Spring's own problems (unreadable JSON, wrong method…) keep their status but speak the user's language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body == null) {
            body = problem(statusCode, "error." + statusCode.value());
        } else if (body instanceof ProblemDetail problem && !(ex instanceof MethodArgumentNotValidException)) {
            problem.setDetail(problem(statusCode, "error." + statusCode.value()).getDetail());
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatusCode status, String key) {
        String detail = messages.getMessage(
                key,
                null,
                messages.getMessage("error.generic", null, LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale());
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
