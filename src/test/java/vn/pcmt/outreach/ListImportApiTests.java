package vn.pcmt.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.TestTokens;
import vn.pcmt.access.Role;
import vn.pcmt.facilities.internal.FacilityLists;
import vn.pcmt.outreach.internal.OutreachLists;
import vn.pcmt.platform.Workbooks;

/**
 * The list import API (ADR 052): {@code POST /api/v1/{facilities|schools|industrial-zones|media|outreach-activities}
 * /import} answers 201 with the rows written, 422 with every row's problem (RFC 9457, the shape of the case import)
 * and nothing written, 400 for a file that is not a workbook, 403 without the right; a user outside the unit gets
 * each of its rows refused.
 */
@PcmtTest
class ListImportApiTests {

    static final String XLSX = Workbooks.XLSX;
    static final Locale VI = Locale.forLanguageTag("vi");
    static final String PREFIX = "Thử API nhập ";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTokens tokens;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutreachLists outreachLists;

    @Autowired
    FacilityLists facilityLists;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        accounts.ensureOutsiders();
    }

    @AfterEach
    void clean() {
        for (String table : List.of("school", "industrial_zone", "outreach_medium", "facility")) {
            jdbc.sql("update " + table + " set deleted_at = now(), deleted_by = 'test' where name like :p"
                            + " and deleted_at is null")
                    .param("p", PREFIX + "%")
                    .update();
        }
        jdbc.sql("update outreach_activity set deleted_at = now(), deleted_by = 'test' where title like :p"
                        + " and deleted_at is null")
                .param("p", PREFIX + "%")
                .update();
    }

    private ResultActions upload(String url, String user, byte[] file) throws Exception {
        return mvc.perform(multipart(url)
                .file(new MockMultipartFile("file", "danh-sach.xlsx", XLSX, file))
                .header("Accept-Language", "vi")
                .with(tokens.bearer(user)));
    }

    private byte[] sheet(OutreachLists.Kind kind, List<List<String>> rows) throws Exception {
        return Workbooks.write(
                "Nhập", null, Workbooks.read(outreachLists.template(kind, VI)).headers(), rows);
    }

    private byte[] facilities(List<List<String>> rows) throws Exception {
        return Workbooks.write(
                "Nhập", null, Workbooks.read(facilityLists.template(VI)).headers(), rows);
    }

    private long count(String table, String column) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " like :p and deleted_at is null")
                .param("p", PREFIX + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void each_list_is_imported_whole_through_the_api() throws Exception {
        upload(
                        "/api/v1/schools/import",
                        "tinh",
                        sheet(
                                OutreachLists.Kind.SCHOOLS,
                                List.of(
                                        List.of("11953", PREFIX + "Trường A", "Tiểu học", "", ""),
                                        List.of("11953", PREFIX + "Trường B", "PRIMARY", "01/09/2020", ""))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/schools"))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.imported").value(2));
        assertThat(count("school", "name")).isEqualTo(2);
        upload(
                        "/api/v1/industrial-zones/import",
                        "tinh",
                        sheet(
                                OutreachLists.Kind.ZONES,
                                List.of(List.of(PREFIX + "Khu", "11953", "1.200", "01/01/2026"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1));
        upload(
                        "/api/v1/media/import",
                        "tinh",
                        sheet(
                                OutreachLists.Kind.MEDIA,
                                List.of(List.of("33", PREFIX + "Trang", "PORTAL", "không", "", ""))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1));
        upload(
                        "/api/v1/outreach-activities/import",
                        "xa1",
                        sheet(
                                OutreachLists.Kind.ACTIVITIES,
                                List.of(List.of(
                                        "11953",
                                        "02/03/2026",
                                        "Nói chuyện chuyên đề",
                                        "Học sinh, sinh viên",
                                        PREFIX + "nói chuyện",
                                        "",
                                        "300",
                                        "",
                                        PREFIX + "Trường A; " + PREFIX + "Trường B",
                                        "",
                                        ""))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/outreach-activities"))
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(count("outreach_activity", "title")).isEqualTo(1);
        upload(
                        "/api/v1/facilities/import",
                        "tinh",
                        facilities(List.of(List.of(
                                "11953",
                                "Trạm y tế xã, phường",
                                PREFIX + "Trạm",
                                "có",
                                "",
                                "",
                                "01/07/2025",
                                "",
                                "",
                                "",
                                "",
                                "",
                                ""))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/facilities"))
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(count("facility", "name")).isEqualTo(1);
    }

    @Test
    void a_file_with_problems_is_a_422_problem_listing_every_row_and_writes_nothing() throws Exception {
        upload(
                        "/api/v1/outreach-activities/import",
                        "tinh",
                        sheet(
                                OutreachLists.Kind.ACTIVITIES,
                                List.of(
                                        List.of(
                                                "11953",
                                                "02/03/2026",
                                                "TALK",
                                                "GENERAL",
                                                PREFIX + "tốt",
                                                "",
                                                "",
                                                "",
                                                "",
                                                "",
                                                ""),
                                        List.of(
                                                "11953",
                                                "31/02/2026",
                                                "Múa",
                                                "GENERAL",
                                                PREFIX + "xấu",
                                                "",
                                                "",
                                                "",
                                                "",
                                                "",
                                                ""))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("listImport.failed.rows"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày tổ chức"))
                .andExpect(jsonPath("$.errors[0].code").value("import.cell.date"))
                .andExpect(jsonPath("$.errors[0].message").value("Ngày không hợp lệ (dd/MM/yyyy)."))
                .andExpect(jsonPath("$.errors[1].column").value("Hình thức"));
        assertThat(count("outreach_activity", "title")).isZero();
        upload(
                        "/api/v1/facilities/import",
                        "tinh",
                        facilities(List.of(List.of(
                                "11953",
                                "Trạm y tế xã, phường",
                                PREFIX + "Trạm",
                                "có",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "",
                                ""))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].code").value("import.cell.required"));
    }

    @Test
    void a_file_that_is_not_a_workbook_is_a_400_problem() throws Exception {
        for (String url : List.of(
                "/api/v1/facilities/import",
                "/api/v1/schools/import",
                "/api/v1/industrial-zones/import",
                "/api/v1/media/import",
                "/api/v1/outreach-activities/import")) {
            upload(url, "tinh", "không phải tệp Excel".getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("import.file.unreadable"));
            upload(url, "tinh", new byte[0])
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("import.file.size"));
        }
    }

    @Test
    void a_user_outside_the_unit_has_each_row_refused_and_one_without_the_right_is_forbidden() throws Exception {
        // a commune officer of Tân Hưng: a school of Phố Hiến is outside
        upload(
                        "/api/v1/schools/import",
                        "xa2",
                        sheet(
                                OutreachLists.Kind.SCHOOLS,
                                List.of(List.of("11953", PREFIX + "Trường Phố Hiến", "PRIMARY", "", ""))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].code").value("import.list.outside"));
        // the standing office of Hà Nội: an activity and a facility of Hưng Yên are outside
        String hanoi = TestAccounts.outsider(Role.PROVINCIAL_OFFICE);
        upload(
                        "/api/v1/outreach-activities/import",
                        hanoi,
                        sheet(
                                OutreachLists.Kind.ACTIVITIES,
                                List.of(List.of(
                                        "11953",
                                        "02/03/2026",
                                        "TALK",
                                        "GENERAL",
                                        PREFIX + "Hà Nội",
                                        "",
                                        "",
                                        "",
                                        "",
                                        "",
                                        ""))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].code").value("import.list.outside"));
        upload(
                        "/api/v1/facilities/import",
                        hanoi,
                        facilities(List.of(List.of(
                                "11953",
                                "Trạm y tế xã, phường",
                                PREFIX + "Trạm Hà Nội",
                                "có",
                                "",
                                "",
                                "01/07/2025",
                                "",
                                "",
                                "",
                                "",
                                "",
                                ""))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].code").value("import.list.outside"));
        upload(
                        "/api/v1/media/import",
                        hanoi,
                        sheet(OutreachLists.Kind.MEDIA, List.of(List.of("33", PREFIX + "Báo", "TV", "có", "", ""))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].code").value("import.list.outside"));
        assertThat(count("outreach_activity", "title")).isZero();
        assertThat(count("facility", "name")).isZero();
        assertThat(count("outreach_medium", "name")).isZero();
        // the drug crime police record cases, not facilities nor outreach
        accounts.create("hy_csma_tuy_import", Role.DRUG_CRIME_POLICE, provinceId(), null);
        upload(
                        "/api/v1/facilities/import",
                        "hy_csma_tuy_import",
                        facilities(List.of(List.of(
                                "11953",
                                "Trạm y tế xã, phường",
                                PREFIX + "Trạm",
                                "có",
                                "",
                                "",
                                "01/07/2025",
                                "",
                                "",
                                "",
                                "",
                                "",
                                ""))))
                .andExpect(status().isForbidden());
        upload(
                        "/api/v1/industrial-zones/import",
                        "hy_csma_tuy_import",
                        sheet(OutreachLists.Kind.ZONES, List.of(List.of(PREFIX + "Khu", "11953", "10", "01/01/2026"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_five_imports_are_in_the_openapi_document() throws Exception {
        var result = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("integrator")))
                .andExpect(status().isOk());
        for (String path : List.of(
                "/api/v1/facilities/import",
                "/api/v1/schools/import",
                "/api/v1/industrial-zones/import",
                "/api/v1/media/import",
                "/api/v1/outreach-activities/import")) {
            result.andExpect(jsonPath("$.paths['" + path + "'].post.summary").exists())
                    .andExpect(jsonPath("$.paths['" + path + "'].post.requestBody.content['multipart/form-data']")
                            .exists());
        }
    }

    private long provinceId() {
        return jdbc.sql("select id from admin_unit where code = '33' and valid_to is null")
                .query(Long.class)
                .single();
    }
}
