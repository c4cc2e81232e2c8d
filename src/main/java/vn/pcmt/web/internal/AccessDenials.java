package vn.pcmt.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;

/**
 * Every refusal of a page or an API call (outside the jurisdiction, or a permission the role lacks) goes to the access
 * log as {@link AccessEventKind#ACCESS_DENIED} with the method and the path asked for, so that reaching for records
 * one may not read shows.
 */
@Component
class AccessDenials {

    private final AccessLog accessLog;

    AccessDenials(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    void record(HttpServletRequest request, Exception reason) {
        String query = request.getQueryString();
        accessLog.record(
                AccessEventKind.ACCESS_DENIED,
                "Request",
                null,
                request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + " ("
                        + reason.getClass().getSimpleName() + ")");
    }
}
