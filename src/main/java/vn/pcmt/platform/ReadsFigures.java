package vn.pcmt.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page or API call (a controller's handler method, or every handler of a controller) that only shows figures: a
 * dashboard, a metric's values, a plan's progress. With a streaming replica configured ({@code pcmt.db.replica.url},
 * ADR 059), the read-only transactions it starts ({@code @Transactional(readOnly = true)}, e.g. the figure cache's)
 * read the replica, unless the replica lags more than {@code pcmt.db.replica.max-lag} or the user's session wrote in
 * the last {@code pcmt.db.replica.after-write}; everything else, and every transaction that may write, reads and
 * writes the primary. Without a replica it changes nothing.
 *
 * <p>Never on a form, a list a user edits from, a login or anything that writes: those must see the primary (a version
 * read from a lagging replica would fail the optimistic lock of the edit made from it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadsFigures {}
