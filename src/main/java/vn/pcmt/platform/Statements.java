package vn.pcmt.platform;

/**
 * How many statements the current thread has prepared through the application's data source (counted by its
 * connections, ADR 064): the figure cache asks whether anything has run since it last read the registers' scan
 * counters, and reads them again only then.
 */
public final class Statements {

    /** The statements prepared, then 1 once a connection of the counting data source was taken on this thread. */
    private static final ThreadLocal<long[]> PREPARED = ThreadLocal.withInitial(() -> new long[2]);

    private Statements() {}

    /** A statement is prepared on this thread. */
    public static void prepared() {
        PREPARED.get()[0]++;
    }

    /** A connection of the counting data source is taken on this thread: its statements are counted. */
    public static void counting() {
        PREPARED.get()[1] = 1;
    }

    /**
     * Whether this thread's statements are counted (it took a connection of the counting data source): without
     * that, a count that did not move says nothing, and the figure cache reads the scan counters each time.
     */
    public static boolean counted() {
        return PREPARED.get()[1] == 1;
    }

    /** The statements this thread has prepared so far. */
    public static long count() {
        return PREPARED.get()[0];
    }
}
