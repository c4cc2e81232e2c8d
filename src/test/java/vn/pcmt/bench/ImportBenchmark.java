package vn.pcmt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
import org.springframework.security.core.context.SecurityContextHolder;
import vn.pcmt.people.internal.ImportField;
import vn.pcmt.people.internal.ImportProgress;
import vn.pcmt.people.internal.ImportReport;
import vn.pcmt.people.internal.PersonImport;

/**
 * An import of 10,000 rows, and one of 100,000 rows in a fork of 512 MB of heap, by a commune officer into the
 * national register: reading the file as a stream, checking every row (identification number, duplicates by number
 * and by name and birth, jurisdiction) and writing them all in one transaction (ADR 057). One shot per run: each run
 * adds its people to {@code data/bench-pg}. The 100,000-row case prints the peak heap used during the import (the
 * sum of the heap pools' peaks, an upper bound).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ImportBenchmark {

    private static final int ROWS = 10_000;
    private static final int MANY_ROWS = 100_000;
    private static final String[] SURNAMES = {"Khổng", "Âu", "Cù", "Lã", "Mạc", "Ninh", "Quách", "Thân", "Ung", "Yên"};
    private static final String[] MIDDLES = {"Bá", "Khắc", "Tiến", "Trọng", "Viết", "Ngọc", "Diệu", "Kim"};
    private static final String[] GIVEN = {
        "Bảo", "Chiến", "Định", "Khải", "Lộc", "Nghĩa", "Phúc", "Quyết", "Sang", "Thịnh", "Uy", "Vượng", "Xuyên", "Ý"
    };

    ConfigurableApplicationContext context;
    PersonImport imports;
    byte[] file;
    byte[] largeFile;

    @Setup(Level.Trial)
    public void start() throws IOException {
        context = NationalRegister.start(true, true);
        NationalRegister.signIn(context, "xa1");
        imports = context.getBean(PersonImport.class);
        Random random = new Random();
        file = workbook(ROWS, random);
        largeFile = workbook(MANY_ROWS, random);
    }

    @TearDown(Level.Trial)
    public void stop() {
        SecurityContextHolder.clearContext();
        context.close();
    }

    @Benchmark
    public ImportReport importTenThousandRows() throws IOException {
        return run(file, ROWS);
    }

    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xmx512m"})
    public ImportReport importHundredThousandRows() throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ImportReport report = run(largeFile, MANY_ROWS);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "importHundredThousandRows: peak heap used %,d MB of %,d MB%n",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        return report;
    }

    private ImportReport run(byte[] workbook, int rows) throws IOException {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        mapping.put(ImportField.FULL_NAME, 0);
        mapping.put(ImportField.DATE_OF_BIRTH, 1);
        mapping.put(ImportField.SEX, 2);
        mapping.put(ImportField.RESIDENCE_COMMUNE_CODE, 3);
        mapping.put(ImportField.RESIDENCE_ADDRESS, 4);
        ImportReport report = imports.run(workbook, mapping, new ImportProgress(rows));
        if (report.imported() != rows) {
            throw new IllegalStateException("imported " + report.imported() + ", problems " + report.problems());
        }
        return report;
    }

    /**
     * People of commune 11953 with names and births not in the register (a random start of births), written by POI's
     * streaming writer (a workbook of 100,000 rows in memory would not fit in the fork's heap).
     */
    private static byte[] workbook(int rows, Random random) throws IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate first = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(3000));
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Đối tượng");
            var header = sheet.createRow(0);
            String[] titles = {"Họ và tên", "Ngày sinh", "Giới tính", "Mã xã nơi ở", "Địa chỉ"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int i = 0; i < rows; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0)
                        .setCellValue(SURNAMES[random.nextInt(SURNAMES.length)] + " "
                                + MIDDLES[random.nextInt(MIDDLES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]);
                row.createCell(1).setCellValue(first.plusDays(i % 20_000).format(format));
                row.createCell(2).setCellValue(random.nextInt(10) < 9 ? "Nam" : "Nữ");
                row.createCell(3).setCellValue("11953");
                row.createCell(4)
                        .setCellValue("Số " + (1 + random.nextInt(300)) + ", thôn " + (1 + random.nextInt(12)));
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}
