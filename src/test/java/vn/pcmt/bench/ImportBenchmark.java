package vn.pcmt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.pcmt.people.internal.ImportReport;
import vn.pcmt.people.internal.PersonImport;
import vn.pcmt.platform.Workbooks;

/**
 * An import of 10,000 rows by a commune officer into the national register: reading the file, checking every row
 * (identification number, duplicates by number and by name and birth, jurisdiction) and writing them all in one
 * transaction. One shot per run: each run adds its 10,000 people to {@code data/bench-pg}.
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
    private static final String[] SURNAMES = {"Khổng", "Âu", "Cù", "Lã", "Mạc", "Ninh", "Quách", "Thân", "Ung", "Yên"};
    private static final String[] MIDDLES = {"Bá", "Khắc", "Tiến", "Trọng", "Viết", "Ngọc", "Diệu", "Kim"};
    private static final String[] GIVEN = {
        "Bảo", "Chiến", "Định", "Khải", "Lộc", "Nghĩa", "Phúc", "Quyết", "Sang", "Thịnh", "Uy", "Vượng", "Xuyên", "Ý"
    };

    ConfigurableApplicationContext context;
    PersonImport imports;
    byte[] file;

    @Setup(Level.Trial)
    public void start() throws IOException {
        context = NationalRegister.start(true, true);
        NationalRegister.signIn(context, "xa1");
        imports = context.getBean(PersonImport.class);
        file = workbook(new Random());
    }

    @TearDown(Level.Trial)
    public void stop() {
        SecurityContextHolder.clearContext();
        context.close();
    }

    @Benchmark
    public ImportReport importTenThousandRows() throws IOException {
        Workbooks.Table sheet = Workbooks.read(file);
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        mapping.put(ImportField.FULL_NAME, 0);
        mapping.put(ImportField.DATE_OF_BIRTH, 1);
        mapping.put(ImportField.SEX, 2);
        mapping.put(ImportField.RESIDENCE_COMMUNE_CODE, 3);
        mapping.put(ImportField.RESIDENCE_ADDRESS, 4);
        ImportReport report = imports.run(sheet, mapping);
        if (report.imported() != ROWS) {
            throw new IllegalStateException("imported " + report.imported() + ", problems " + report.problems());
        }
        return report;
    }

    /** 10,000 people of commune 11953 with names and births not in the register (a random start of births). */
    private static byte[] workbook(Random random) throws IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate first = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(3000));
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Đối tượng");
            var header = sheet.createRow(0);
            String[] titles = {"Họ và tên", "Ngày sinh", "Giới tính", "Mã xã nơi ở", "Địa chỉ"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0)
                        .setCellValue(SURNAMES[random.nextInt(SURNAMES.length)] + " "
                                + MIDDLES[random.nextInt(MIDDLES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]);
                row.createCell(1).setCellValue(first.plusDays(i).format(format));
                row.createCell(2).setCellValue(random.nextInt(10) < 9 ? "Nam" : "Nữ");
                row.createCell(3).setCellValue("11953");
                row.createCell(4)
                        .setCellValue("Số " + (1 + random.nextInt(300)) + ", thôn " + (1 + random.nextInt(12)));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
