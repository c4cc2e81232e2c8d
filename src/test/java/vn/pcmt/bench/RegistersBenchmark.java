package vn.pcmt.bench;

import java.time.LocalDate;
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
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcmt.cases.internal.CaseService;
import vn.pcmt.facilities.internal.FacilityService;

/**
 * The pages of the registers of issues 17 and 18 for a province on the national register (ADR 051), straight from
 * the tables (nothing kept): Hưng Yên's case summary of a year (cases and suspects by article, by detecting agency,
 * seizures by substance), its list of the year's cases, the occupancy of its largest public rehab facility on a day
 * (counted from the rehab episodes placed there) and its list of facilities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class RegistersBenchmark {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final LocalDate ON = LocalDate.of(2026, 6, 30);

    ConfigurableApplicationContext context;
    CaseService cases;
    FacilityService facilities;
    long rehab;

    @Setup(Level.Trial)
    public void start() {
        context = NationalRegister.start(true, true);
        // the province's standing office (cases are read with CASE_READ, which the administrator does not hold)
        NationalRegister.signIn(context, "tinh");
        cases = context.getBean(CaseService.class);
        facilities = context.getBean(FacilityService.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        rehab = jdbc.sql(
                        """
                        select f.id from facility f
                        join unit_coverage c on c.unit_id = f.commune_id
                        join admin_unit p on p.id = c.ancestor_id and p.level = 'PROVINCE' and p.code = '33'
                          and p.valid_to is null
                        where f.kind = 'PUBLIC_REHAB' and f.deleted_at is null
                        order by (select count(*) from episode e where e.facility_id = f.id) desc, f.id limit 1""")
                .query(Long.class)
                .single();
        var summary = cases.summary("33", FROM, TO);
        System.out.printf(
                "Hưng Yên 2025: %d cases, %d suspects; rehab facility %d on %s: %s%n",
                summary.cases(), summary.suspects(), rehab, ON, facilities.occupancy(rehab, ON));
    }

    @TearDown(Level.Trial)
    public void stop() {
        SecurityContextHolder.clearContext();
        context.close();
    }

    /** The case summary of a province for a year: totals, by article, by detecting agency, seizures by substance. */
    @Benchmark
    public Object provinceCaseSummary() {
        return cases.summary("33", FROM, TO);
    }

    /** The list of a province's cases of a year (up to 2,000, newest first, with articles, suspects, seizures). */
    @Benchmark
    public Object provinceCaseList() {
        return cases.search("33", FROM, TO, null, null, null);
    }

    /** The occupancy of a rehab facility on a day, by voluntary/compulsory and adult/minor. */
    @Benchmark
    public Object facilityOccupancy() {
        return facilities.occupancy(rehab, ON);
    }

    /** The facilities of a province open on a day, with their qualification. */
    @Benchmark
    public Object provinceFacilities() {
        return facilities.search("33", null, ON);
    }
}
