package vn.pcmt.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestClock;
import vn.pcmt.outreach.internal.Medium;
import vn.pcmt.outreach.internal.MediumForm;
import vn.pcmt.outreach.internal.MediumKind;
import vn.pcmt.outreach.internal.OutreachLists;
import vn.pcmt.outreach.internal.OutreachService;
import vn.pcmt.outreach.internal.School;
import vn.pcmt.outreach.internal.SchoolForm;
import vn.pcmt.outreach.internal.SchoolLevel;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.platform.ListImport;
import vn.pcmt.platform.Workbooks;

/**
 * Outreach activities imported from Excel (ADR 052): the columns found by their headings in either language, with or
 * without diacritics, in any order, optional columns left out; schools, zones and media named by name among the
 * communes reached; every problem of every row in one pass; all or nothing; the register's rules and the
 * jurisdiction for each row.
 */
@PcmtTest
class ActivityImportTests {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final String PREFIX = "Thử nhập HĐ ";

    @Autowired
    OutreachLists lists;

    @Autowired
    OutreachService outreach;

    @Autowired
    PeopleFixture fixture;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    School a;
    School b;
    Medium paper;

    @BeforeEach
    void signIn() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        fixture.signIn("tinh");
        a = outreach.addSchool(
                new SchoolForm("11953", PREFIX + "Trường THCS A", SchoolLevel.LOWER_SECONDARY, null, null, null));
        b = outreach.addSchool(
                new SchoolForm("11953", PREFIX + "Trường Tiểu học B", SchoolLevel.PRIMARY, null, null, null));
        // not a major medium: the figures of major media stay as they are
        paper = outreach.addMedium(new MediumForm(
                "33", PREFIX + "Trang tin", MediumKind.PORTAL, false, LocalDate.of(2023, 1, 1), null, null));
    }

    @AfterEach
    void signOut() {
        jdbc.sql("update outreach_activity set deleted_at = now(), deleted_by = 'test' where title like :p"
                        + " and deleted_at is null")
                .param("p", PREFIX + "%")
                .update();
        for (String table : List.of("school", "outreach_medium")) {
            jdbc.sql("update " + table + " set deleted_at = now(), deleted_by = 'test' where name like :p"
                            + " and deleted_at is null")
                    .param("p", PREFIX + "%")
                    .update();
        }
        fixture.signOut();
    }

    private long activities() {
        return jdbc.sql("select count(*) from outreach_activity where title like :p and deleted_at is null")
                .param("p", PREFIX + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void the_template_reads_back_and_its_columns_are_found_by_their_headings() throws Exception {
        Workbooks.Table template = Workbooks.read(lists.template(OutreachLists.Kind.ACTIVITIES, VI));
        assertThat(template.headers()).hasSize(11).startsWith("Mã các xã (cách nhau bởi dấu phẩy)", "Ngày tổ chức");
        assertThat(template.rows()).hasSize(1);

        // headings of a register kept by hand: English, no diacritics, another order, optional columns left out
        byte[] sheet = Workbooks.write(
                "Tuyên truyền",
                null,
                List.of("Date held", "ma xa", "Hinh thuc", "Doi tuong", "Noi dung", "Truong hoc", "Co quan bao chi"),
                List.of(
                        List.of(
                                "10/05/2024",
                                "11956",
                                "Nói chuyện chuyên đề",
                                "STUDENTS",
                                PREFIX + "nói chuyện ở hai trường",
                                PREFIX + "Trường THCS A; " + PREFIX + "truong tieu hoc b",
                                ""),
                        List.of(
                                "01/06/2024",
                                "11953",
                                "ARTICLE",
                                "Nhân dân",
                                PREFIX + "bài báo",
                                "",
                                PREFIX + "Trang tin")));
        ListImport.Report report = lists.run(OutreachLists.Kind.ACTIVITIES, sheet, VI);
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(activities()).isEqualTo(2);
        // the talk of 2024 in the former ward reached both schools recorded in today's ward (one named without marks)
        assertThat(jdbc.sql("select count(*) from outreach_activity_school s join outreach_activity a on a.id ="
                                + " s.activity_id where a.title = :t and s.school_id in (:ids)")
                        .param("t", PREFIX + "nói chuyện ở hai trường")
                        .param("ids", List.of(a.getId(), b.getId()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select medium_id from outreach_activity where title = :t and deleted_at is null")
                        .param("t", PREFIX + "bài báo")
                        .query(Long.class)
                        .single())
                .isEqualTo(paper.getId());
    }

    @Test
    void every_problem_of_every_row_is_reported_and_nothing_is_written() throws Exception {
        byte[] template = lists.template(OutreachLists.Kind.ACTIVITIES, VI);
        List<String> headers = Workbooks.read(template).headers();
        byte[] sheet = Workbooks.write(
                "Nhập",
                null,
                headers,
                List.of(
                        // good
                        List.of("11953", "02/03/2026", "TALK", "GENERAL", PREFIX + "tốt", "", "", "", "", "", ""),
                        // a bad date and an unknown form: both reported at once
                        List.of(
                                "11953",
                                "31/02/2026",
                                "Biểu diễn",
                                "GENERAL",
                                PREFIX + "xấu",
                                "",
                                "",
                                "",
                                "Trường không có",
                                "",
                                ""),
                        // an article without its medium: the register's rule, named by its column
                        List.of("11953", "03/03/2026", "ARTICLE", "GENERAL", PREFIX + "bài", "", "", "", "", "", ""),
                        // a commune of the day that is not there, and one in the future
                        List.of("99999", "04/03/2026", "TALK", "GENERAL", PREFIX + "xã lạ", "", "", "", "", "", ""),
                        List.of("11953", "04/03/2027", "TALK", "GENERAL", PREFIX + "sau", "", "", "", "", "", "")));
        ListImport.Report report = lists.run(OutreachLists.Kind.ACTIVITIES, sheet, VI);
        assertThat(report.ok()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(activities()).as("all or nothing").isZero();
        assertThat(report.problems())
                .extracting(ListImport.Problem::row, ListImport.Problem::column, ListImport.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Ngày tổ chức", "import.cell.date"),
                        org.assertj.core.groups.Tuple.tuple(3, "Hình thức", "import.cell.choice"),
                        org.assertj.core.groups.Tuple.tuple(
                                4, "Cơ quan báo chí (tin, bài, phóng sự)", "outreach.medium.required"),
                        org.assertj.core.groups.Tuple.tuple(
                                5, "Mã các xã (cách nhau bởi dấu phẩy)", "outreach.commune.unknown"),
                        org.assertj.core.groups.Tuple.tuple(6, "Ngày tổ chức", "outreach.future"));

        // a column the sheet must have is named before any row
        byte[] narrow = Workbooks.write(
                "Nhập", null, List.of("Ngày tổ chức", "Mã xã"), List.of(List.of("02/03/2026", "11953")));
        ListImport.Report missing = lists.run(OutreachLists.Kind.ACTIVITIES, narrow, VI);
        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.messageKey()).isEqualTo("import.list.missing");
            assertThat(p.arguments()[0].toString()).contains("Hình thức", "Đối tượng", "Nội dung, tiêu đề");
        });
    }

    @Test
    void a_commune_outside_the_jurisdiction_is_a_problem_of_its_row() throws Exception {
        fixture.signIn("xa2");
        byte[] sheet = Workbooks.write(
                "Nhập",
                null,
                Workbooks.read(lists.template(OutreachLists.Kind.ACTIVITIES, VI))
                        .headers(),
                List.of(
                        List.of("11977", "02/03/2026", "TALK", "GENERAL", PREFIX + "ở xã mình", "", "", "", "", "", ""),
                        List.of("11953", "02/03/2026", "TALK", "GENERAL", PREFIX + "xã khác", "", "", "", "", "", "")));
        ListImport.Report report = lists.run(OutreachLists.Kind.ACTIVITIES, sheet, VI);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.messageKey()).isEqualTo("import.list.outside");
        });
        assertThat(activities()).isZero();
    }
}
