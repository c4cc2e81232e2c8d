package vn.pcmt.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** RFC 9457 problems written by the security filters, which run before the controllers' advice. */
@Component
class ProblemResponses {

    private final MessageSource messages;
    private final ObjectMapper json;

    ProblemResponses(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", messageKey);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getWriter(), problem);
    }
}
