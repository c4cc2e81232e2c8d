package vn.pcmt.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import vn.pcmt.platform.ReadsFigures;

/**
 * Opens a figure read around a {@link ReadsFigures} page or API call (its read-only transactions may read the
 * replica, {@link ReplicaRouting}), unless its session wrote less than {@code afterWrite} ago: a user who has just
 * saved something reads the primary, so the next page never shows a figure older than their own change however the
 * replica lags (ADR 059). A write is any request that is not GET, HEAD or OPTIONS, noted in the session (which lives
 * in the primary, shared by the instances) when its handler has returned, before the answer (a redirect, a page) is
 * sent, so the next request sees it on whichever instance.
 */
class FigureReads implements HandlerInterceptor {

    /** Epoch milliseconds of the session's last write, by the application's clock. */
    static final String LAST_WRITE = FigureReads.class.getName() + ".lastWrite";

    private final Clock clock;
    private final Duration afterWrite;

    FigureReads(Clock clock, Duration afterWrite) {
        this.clock = clock;
        this.afterWrite = afterWrite;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!writes(request) && readsFigures(handler) && !wroteJustNow(request)) {
            ReplicaRouting.openFigureRead();
        }
        return true;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (writes(request)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(LAST_WRITE, clock.millis());
            }
        }
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        ReplicaRouting.closeFigureRead();
    }

    private static boolean writes(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private static boolean readsFigures(Object handler) {
        return handler instanceof HandlerMethod method
                && (method.hasMethodAnnotation(ReadsFigures.class)
                        || method.getBeanType().isAnnotationPresent(ReadsFigures.class));
    }

    private boolean wroteJustNow(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        return session.getAttribute(LAST_WRITE) instanceof Long at && clock.millis() - at < afterWrite.toMillis();
    }
}
