package vn.pcmt.platform;

/**
 * How many statements the current thread has prepared through the application's data source (counted by its
 * connections, ADR 064): the figure cache asks whether anything has run since it last read the registers' scan
 * counters, and reads them again only then.
 */
public final class Statements {

    private static final ThreadLocal<long[]> PREPARED = ThreadLocal.withInitial(() -> new long[1]);

    private Statements() {}

    /** A statement is prepared on this thread. */
    public static void prepared() {
        PREPARED.get()[0]++;
    }

    /** The statements this thread has prepared so far. */
    public static long count() {
        return PREPARED.get()[0];
    }
}
