package vn.pcmt.people.internal;

/**
 * How far an import has gone, read by the page and the API while it runs (ADR 057): the rows the file holds (counted
 * when it was uploaded), the rows read, checked and written so far. Written by the one thread that runs the import,
 * read by any.
 */
public final class ImportProgress {

    private final int rows;
    private volatile int read;
    private volatile int checked;
    private volatile int written;
    private volatile boolean writing = true;

    public ImportProgress(int rows) {
        this.rows = rows;
    }

    public int rows() {
        return rows;
    }

    public int read() {
        return read;
    }

    public int checked() {
        return checked;
    }

    public int written() {
        return written;
    }

    /**
     * The share done, 0 to 100: reading and checking a row is half of its work, writing it the other half; once a
     * row has a problem nothing more is written, and the rest is only checked (then checking is the whole work).
     */
    public int percent() {
        if (rows <= 0) {
            return 0;
        }
        double done = writing ? (checked + written) / (2.0 * rows) : (double) checked / rows;
        return (int) Math.min(100, Math.floor(100 * done));
    }

    void read(int rows) {
        this.read = rows;
    }

    void checked(int rows) {
        this.checked = rows;
    }

    void written(int rows) {
        this.written = rows;
    }

    /** A problem was found: nothing more will be written. */
    void stopWriting() {
        this.writing = false;
    }
}
