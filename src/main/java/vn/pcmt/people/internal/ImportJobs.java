package vn.pcmt.people.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.pcmt.people.internal.ImportReport.RowProblem;

/**
 * Imports run in the background (ADR 057): the page and the API start one and ask how far it has gone, then read its
 * report. One import at a time per user; a run is seen by its user only, and forgotten two hours after it ended. The
 * run keeps its user's identity and jurisdiction (the security context of the request that started it).
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** What a run is doing. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** One run: whose, since when, how far, and its report once done. */
    public static final class Job {
        private final String id;
        private final String username;
        private final Instant started;
        private final ImportProgress progress;
        private volatile State state = State.RUNNING;
        private volatile ImportReport report;

        Job(String id, String username, Instant started, ImportProgress progress) {
            this.id = id;
            this.username = username;
            this.started = started;
            this.progress = progress;
        }

        public String id() {
            return id;
        }

        public String username() {
            return username;
        }

        public Instant started() {
            return started;
        }

        public ImportProgress progress() {
            return progress;
        }

        public State state() {
            return state;
        }

        public boolean finished() {
            return state != State.RUNNING;
        }

        /** The report, once the run has finished (null before). */
        public ImportReport report() {
            return report;
        }

        public int percent() {
            return finished() ? 100 : progress.percent();
        }
    }

    /** Thrown when the user already has an import running. */
    public static class Busy extends RuntimeException {
        private final String jobId;

        Busy(String jobId) {
            super("an import is running", null, false, false);
            this.jobId = jobId;
        }

        public String jobId() {
            return jobId;
        }
    }

    private final PersonImport imports;
    private final CurrentOfficer officer;
    private final Clock clock;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "person-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Cache<String, Job> jobs =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(2)).build();
    private final Map<String, String> running = new ConcurrentHashMap<>();

    ImportJobs(PersonImport imports, CurrentOfficer officer, Clock clock) {
        this.imports = imports;
        this.officer = officer;
        this.clock = clock;
    }

    /**
     * Starts an import of the file, whose rows were counted on upload; refused ({@link Busy}) while the user has
     * another one running.
     */
    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Job start(byte[] file, Map<ImportField, Integer> mapping, int rows) {
        String username = officer.username();
        Job job = new Job(UUID.randomUUID().toString(), username, Instant.now(clock), new ImportProgress(rows));
        String other = running.putIfAbsent(username, job.id());
        if (other != null) {
            throw new Busy(other);
        }
        jobs.put(job.id(), job);
        Locale locale = LocaleContextHolder.getLocale();
        Runnable run = () -> {
            LocaleContextHolder.setLocale(locale);
            try {
                job.report = imports.run(file, mapping, job.progress());
                job.state = State.DONE;
            } catch (Exception e) {
                log.warn("Import {} by {} failed", job.id(), username, e);
                job.report = new ImportReport(
                        rows,
                        java.util.List.of(new RowProblem(0, null, "import.failed", new Object[] {})),
                        java.util.List.of(),
                        0);
                job.state = State.FAILED;
            } finally {
                running.remove(username, job.id());
                LocaleContextHolder.resetLocaleContext();
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(run, SecurityContextHolder.getContext()));
        return job;
    }

    /** Waits at most {@code wait} for the run to finish (a small file is done at once); true when it has. */
    public boolean await(Job job, Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (!job.finished() && System.nanoTime() < end) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job.finished();
            }
        }
        return job.finished();
    }

    /** A run of the current user; another user's run is refused (403), an unknown or forgotten one is not found. */
    @PreAuthorize("hasAuthority('PERSON_EDIT')")
    public Job find(String id) {
        Job job = jobs.getIfPresent(id);
        if (job == null) {
            throw new NoSuchElementException("import " + id);
        }
        if (!job.username().equals(officer.username())) {
            throw new AccessDeniedException("the import of another user");
        }
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
