package vn.pcmt.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.pcmt.PcmtTest;
import vn.pcmt.people.internal.ImportField;
import vn.pcmt.people.internal.ImportProgress;
import vn.pcmt.people.internal.ImportReport;
import vn.pcmt.people.internal.PersonImport;

/**
 * Not a test: a measurement of the import of 10,000 and 100,000 generated rows on the test database (ADR 057), run by
 * hand with {@code -Dpcmt.measure=true -DargLine="-Xmx512m -Duser.timezone=Asia/Ho_Chi_Minh"}; it prints the time and
 * the peak heap used. Speed goals are measured by {@code ImportBenchmark} (-Pbench); {@code ./mvnw verify} skips this.
 */
@PcmtTest
@Tag("measure")
@EnabledIfSystemProperty(named = "pcmt.measure", matches = "true")
class ImportScaleMeasure {

    private static final String[] SURNAMES = {"Khổng", "Âu", "Cù", "Lã", "Mạc", "Ninh", "Quách", "Thân", "Ung", "Yên"};
    private static final String[] MIDDLES = {"Bá", "Khắc", "Tiến", "Trọng", "Viết", "Ngọc", "Diệu", "Kim"};
    private static final String[] GIVEN = {"Bảo", "Chiến", "Định", "Khải", "Lộc", "Nghĩa", "Phúc", "Quyết", "Sang"};

    @Autowired
    PersonImport imports;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void ten_thousand_rows() throws Exception {
        measure(10_000);
    }

    @Test
    void a_hundred_thousand_rows() throws Exception {
        measure(100_000);
    }

    private void measure(int rows) throws Exception {
        byte[] file = workbook(rows, new Random());
        var details = users.loadUserByUsername("xa1");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportReport report = imports.run(file, mapping(), new ImportProgress(rows));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "MEASURE import of %,d rows (%,d bytes): %,d ms, peak heap used %,d MB (max %,d MB), imported %d,"
                        + " problems %d, warnings %d%n",
                rows,
                file.length,
                millis,
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                report.imported(),
                report.problems().size(),
                report.warnings().size());
        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(before + rows);
    }

    static Map<ImportField, Integer> mapping() {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        mapping.put(ImportField.FULL_NAME, 0);
        mapping.put(ImportField.DATE_OF_BIRTH, 1);
        mapping.put(ImportField.SEX, 2);
        mapping.put(ImportField.RESIDENCE_COMMUNE_CODE, 3);
        mapping.put(ImportField.RESIDENCE_ADDRESS, 4);
        return mapping;
    }

    /** People of commune 11953 with names and births not in the register, written by POI's streaming writer. */
    static byte[] workbook(int rows, Random random) throws Exception {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate first = LocalDate.of(1700, 1, 1).plusDays(random.nextInt(3000));
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
                // births from 1930 on, one a day: spread as a register's are
                row.createCell(1)
                        .setCellValue(first.plusYears(230).plusDays(i % 25_000).format(format));
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
