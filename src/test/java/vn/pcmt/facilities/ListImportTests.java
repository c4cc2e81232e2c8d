package vn.pcmt.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.facilities.internal.FacilityLists;
import vn.pcmt.outreach.internal.OutreachLists;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.ListImport;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.platform.Workbooks;

/**
 * The Excel import and export of the facility and outreach lists (ADR 048): the template reads back as a list of its
 * own columns, an import is all or nothing with the problems by row and column in Vietnamese, each row goes through
 * the register's rules and the jurisdiction, and an export needs a reason and is in the access log.
 */
@PcmtTest
class ListImportTests {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final String PREFIX = "Thử ListImport ";

    @Autowired
    FacilityLists facilityLists;

    @Autowired
    OutreachLists outreachLists;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        jdbc.sql(
                        "update facility set deleted_at = now(), deleted_by = 'test' where name like :p and deleted_at is null")
                .param("p", PREFIX + "%")
                .update();
        jdbc.sql("update school set deleted_at = now(), deleted_by = 'test' where name like :p and deleted_at is null")
                .param("p", PREFIX + "%")
                .update();
        fixture.signIn("tinh");
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    /** A sheet: the template's header row (as downloaded), then the rows. */
    private static byte[] sheet(byte[] template, List<List<String>> rows) throws Exception {
        Workbooks.Table t = Workbooks.read(template);
        return Workbooks.write("Nhập", null, t.headers(), rows);
    }

    private long facilities(String name) {
        return jdbc.sql("select count(*) from facility where name = :n and deleted_at is null")
                .param("n", PREFIX + name)
                .query(Long.class)
                .single();
    }

    private static List<String> station(String commune, String name, String from) {
        return List.of(commune, "Trạm y tế xã, phường", PREFIX + name, "có", "", "", from, "", "", "", "", "", "");
    }

    @Test
    void a_facility_list_is_imported_whole_or_not_at_all() throws Exception {
        byte[] template = facilityLists.template(VI);
        Workbooks.Table read = Workbooks.read(template);
        assertThat(read.headers()).startsWith("Mã xã", "Loại cơ sở", "Tên cơ sở");
        assertThat(read.rows()).hasSize(1);

        // one row with a bad date, one outside the rules (a dispensing point needs its clinic): nothing written
        List<List<String>> bad = new ArrayList<>();
        bad.add(station("11953", "Trạm A", "01/07/2025"));
        bad.add(station("11953", "Trạm B", "31/02/2025"));
        bad.add(List.of(
                "11953", "DISPENSING_POINT", PREFIX + "Điểm C", "có", "", "", "01/07/2025", "", "", "", "", "", ""));
        ListImport.Report failed = facilityLists.run(sheet(template, bad), VI);
        assertThat(failed.ok()).isFalse();
        assertThat(failed.imported()).isZero();
        assertThat(failed.problems()).extracting(ListImport.Problem::row).containsExactly(3, 4);
        assertThat(failed.problems().get(0).column()).isEqualTo("Hoạt động từ ngày");
        assertThat(failed.problems().get(0).messageKey()).isEqualTo("import.cell.date");
        assertThat(facilities("Trạm A")).as("all or nothing").isZero();

        // a commune outside the standing office's province: refused by the service's jurisdiction check
        ListImport.Report outside =
                facilityLists.run(sheet(template, List.of(station("00004", "Trạm Hà Nội", "01/07/2025"))), VI);
        assertThat(outside.ok()).isFalse();
        assertThat(facilities("Trạm Hà Nội")).isZero();

        List<List<String>> good = List.of(
                station("11953", "Trạm A", "01/07/2025"),
                List.of(
                        "11953",
                        "PUBLIC_REHAB",
                        PREFIX + "Cơ sở D",
                        "",
                        "12/GP",
                        "01/06/2025",
                        "01/07/2025",
                        "",
                        "100",
                        "",
                        "50",
                        "",
                        "Ghi chú"));
        ListImport.Report ok = facilityLists.run(sheet(template, good), VI);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.imported()).isEqualTo(2);
        assertThat(facilities("Trạm A")).isEqualTo(1);
        assertThat(jdbc.sql("select voluntary_adults from facility where name = :n and deleted_at is null")
                        .param("n", PREFIX + "Cơ sở D")
                        .query(Integer.class)
                        .single())
                .isEqualTo(100);
    }

    @Test
    void a_facility_list_is_exported_for_a_reason_and_logged() throws Exception {
        facilityLists.run(sheet(facilityLists.template(VI), List.of(station("11953", "Trạm xuất", "01/07/2025"))), VI);
        assertThatThrownBy(() -> facilityLists.export("11953", null, null, "", VI))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("export.reason.required");
        long before = exports("Facility");
        byte[] file = facilityLists.export("11953", null, null, "Rà soát danh sách", VI);
        assertThat(exports("Facility")).isEqualTo(before + 1);
        assertThat(cells(file)).contains(PREFIX + "Trạm xuất", "Trạm y tế xã, phường");
        assertThat(cells(file).get(0)).contains("Rà soát danh sách", "tinh");
    }

    @Test
    void schools_zones_and_media_are_imported_and_exported() throws Exception {
        byte[] schools = outreachLists.template(OutreachLists.Kind.SCHOOLS, VI);
        ListImport.Report ok = outreachLists.run(
                OutreachLists.Kind.SCHOOLS,
                sheet(
                        schools,
                        List.of(
                                List.of("11953", PREFIX + "Trường Tiểu học", "Tiểu học", "", ""),
                                List.of("11953", PREFIX + "Trường THCS", "LOWER_SECONDARY", "01/09/2020", ""))),
                VI);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.imported()).isEqualTo(2);
        ListImport.Report badLevel = outreachLists.run(
                OutreachLists.Kind.SCHOOLS,
                sheet(schools, List.of(List.of("11953", PREFIX + "Trường X", "Mẫu giáo lớn", "", ""))),
                VI);
        assertThat(badLevel.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Cấp học");
            assertThat(p.messageKey()).isEqualTo("import.cell.choice");
        });

        ListImport.Report zones = outreachLists.run(
                OutreachLists.Kind.ZONES,
                sheet(
                        outreachLists.template(OutreachLists.Kind.ZONES, VI),
                        List.of(List.of(PREFIX + "Khu công nghiệp", "11953; 11980", "1.200", "01/01/2026"))),
                VI);
        assertThat(zones.problems()).isEmpty();
        ListImport.Report media = outreachLists.run(
                OutreachLists.Kind.MEDIA,
                sheet(
                        outreachLists.template(OutreachLists.Kind.MEDIA, VI),
                        List.of(List.of("33", PREFIX + "Báo", "Báo in", "có", "01/01/2024", ""))),
                VI);
        assertThat(media.problems()).isEmpty();

        long before = exports("Outreach.schools");
        byte[] file = outreachLists.export(OutreachLists.Kind.SCHOOLS, "11953", "Kiểm tra trường học", VI);
        assertThat(exports("Outreach.schools")).isEqualTo(before + 1);
        assertThat(cells(file)).contains(PREFIX + "Trường Tiểu học", PREFIX + "Trường THCS", "Trung học cơ sở");
        assertThat(cells(outreachLists.export(OutreachLists.Kind.ZONES, "11953", "Kiểm tra khu", VI)))
                .contains(PREFIX + "Khu công nghiệp", "1200");
    }

    private long exports(String subject) {
        return jdbc.sql("select count(*) from access_log where kind = 'EXPORT' and subject_type = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }

    private static List<String> cells(byte[] file) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(formatter.formatCellValue(cell))));
        }
        return cells;
    }
}
