package vn.pcmt.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.people.internal.PersonQueries;
import vn.pcmt.people.internal.PersonSearch;

/**
 * Name search and province figures on the national synthetic register. Sample mode gives percentiles (p95); run
 * with {@code ./mvnw -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class PeopleBenchmark {

    private static final String[] NAMES = {
        "nguyen van hung", "tran thi lan", "le duc anh", "pham minh tuan", "hoang thu trang", "vu van nam"
    };

    /**
     * The names above with one typo each (ADR 056): a letter swapped, missing, extra, wrong, swapped in the first word,
     * a space missing. None of them is a substring of a name, so each page is the close matches alone.
     */
    private static final String[] NAMES_ONE_TYPO = {
        "nguyen van hnug", "tran thi ln", "le duc annh", "pham minh tuon", "hoagn thu trang", "vu vannam"
    };

    ConfigurableApplicationContext context;
    PersonQueries queries;
    long hungYen;
    int next;

    @Setup(Level.Trial)
    public void start() {
        context = NationalRegister.start();
        queries = context.getBean(PersonQueries.class);
        hungYen = context.getBean(JdbcClient.class)
                .sql("select id from admin_unit where level = 'PROVINCE' and code = '33' and valid_to is null")
                .query(Long.class)
                .single();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /** The first page of a name search without diacritics across the country (the widest jurisdiction). */
    @Benchmark
    public Object nameSearch() {
        String name = NAMES[next++ % NAMES.length];
        return queries.search(
                new PersonSearch(name, null, null, null, null, java.time.LocalDate.now()), "true", null, 0, 20);
    }

    /**
     * The first page of a name search with one typo across the country (ADR 056): the exact match finds nobody, the
     * close matches (names one edit away, found through the words index) fill the page.
     */
    @Benchmark
    public Object nameSearchOneTypo() {
        String name = NAMES_ONE_TYPO[next++ % NAMES_ONE_TYPO.length];
        return queries.search(
                new PersonSearch(name, null, null, null, null, java.time.LocalDate.now()), "true", null, 0, 20);
    }

    /**
     * Counts by status for a province as of a date (everything it covers, across the 2025 reform), from the periods
     * by place (ADR 015), without the figures kept in memory (the query the figure cache keeps the answer of).
     */
    @Benchmark
    public Object provinceStatsAsOfDate() {
        return queries.countByStatus(List.of(hungYen), LocalDate.of(2026, 6, 30));
    }
}
