package vn.pcmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.pcmt.access.Role;
import vn.pcmt.people.internal.ImportReport;

/**
 * Walks every endpoint of the application as a user of every role whose jurisdiction is Hà Nội, against data
 * of Hưng Yên, and as officers of another commune of Hưng Yên against the data of Phường Phố Hiến, and finds
 * nothing leaked and nothing changed. Every probe is a valid request: its insider (the user who may legitimately
 * make it) succeeds with it, so a refusal of the others comes from the jurisdiction check and not from a bad date
 * or a missing field. A new endpoint fails {@link #every_endpoint_is_walked()} until it is listed here.
 */
@PcmtTest
class JurisdictionWalkTests {

    /** How an endpoint treats a user outside the unit of the data. */
    enum Expect {
        /** Official reference data (units, agencies, villages): any signed-in user may read it. */
        REFERENCE,
        /** Data or changes scoped to a unit: outsiders get 403 or 404 and no data. */
        SCOPED,
        /**
         * Lists, forms and creations that a user elsewhere makes for their own unit: outsiders see their own
         * (200) or are refused (403); a creation naming a unit of Hưng Yên is refused (403, or with the probe's
         * {@link Probe#refusedAs reason}); never the data of Hưng Yên.
         */
        SCOPED_LIST,
        /** The user's own account. */
        OWN
    }

    /** Whose data a probe reaches: the insider of that unit may do it, everybody else may not. */
    enum Scope {
        /** Data of commune 11953 (Phường Phố Hiến). */
        COMMUNE,
        /** Data of province 33 (Hưng Yên) as a whole: plans, agencies, its reports and programmes. */
        PROVINCE,
        /** What only a national administrator does (audit, legal rules). */
        NATIONAL,
        /** Reference data and the user's own account. */
        NONE
    }

    /**
     * One request of the walk. {@code scope} is whose data it reaches and {@code insider} the user who may
     * legitimately make it (it succeeds for them); {@code given} is SQL run first in the same transaction when the
     * request needs a state the fixtures do not hold (for the insider and the outsiders alike); {@code files} make it
     * a multipart request; {@code session} holds page session attributes; {@code renders} is the view a page POST
     * that answers without a redirect shows when it succeeded; {@code refusal} is the reason a creation naming a
     * unit of Hưng Yên is refused to an outsider who may create such records in their own unit.
     */
    record Probe(
            HttpMethod method,
            String pattern,
            String url,
            String body,
            Expect expect,
            boolean api,
            Scope scope,
            String insider,
            String given,
            List<MockMultipartFile> files,
            Map<String, Object> session,
            String renders,
            String refusal) {

        Probe in(Scope scope) {
            String who =
                    switch (scope) {
                        case COMMUNE, NONE -> "xa1";
                        case PROVINCE -> "tinh";
                        case NATIONAL -> "admin";
                    };
            return new Probe(
                    method, pattern, url, body, expect, api, scope, who, given, files, session, renders, refusal);
        }

        Probe by(String insider) {
            return new Probe(
                    method, pattern, url, body, expect, api, scope, insider, given, files, session, renders, refusal);
        }

        Probe given(String sql) {
            return new Probe(
                    method, pattern, url, body, expect, api, scope, insider, sql, files, session, renders, refusal);
        }

        Probe file(MockMultipartFile file) {
            List<MockMultipartFile> more = new ArrayList<>(files);
            more.add(file);
            return new Probe(
                    method, pattern, url, body, expect, api, scope, insider, given, more, session, renders, refusal);
        }

        Probe session(String name, Object value) {
            Map<String, Object> more = new java.util.HashMap<>(session);
            more.put(name, value);
            return new Probe(
                    method, pattern, url, body, expect, api, scope, insider, given, files, more, renders, refusal);
        }

        /** The reason (message code) an outsider who may create such records elsewhere is refused with. */
        Probe refusedAs(String code) {
            return new Probe(
                    method, pattern, url, body, expect, api, scope, insider, given, files, session, renders, code);
        }

        /** A page POST whose parameters go in a form-encoded body (a value too long or too odd for the URL). */
        Probe form(String content) {
            return new Probe(
                    method, pattern, url, content, expect, api, scope, insider, given, files, session, renders,
                    refusal);
        }

        Probe renders(String view) {
            return new Probe(
                    method, pattern, url, body, expect, api, scope, insider, given, files, session, view, refusal);
        }

        String where() {
            return method + " " + url;
        }
    }

    /** The police of Phường Hồng Châu, where the fixture's person asks to move. */
    static final String RECEIVER = "walk_hongchau";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestTokens tokens;

    /**
     * Each user signed in to the pages, their account read once per test (ADR 042): the walk changes no account (its
     * snapshot includes them), and a request re-reading it cost more than many a page it probes.
     */
    private final Map<String, org.springframework.test.web.servlet.request.RequestPostProcessor> signedIn =
            new java.util.HashMap<>();

    /** Each user's token for the API, created once in a transaction of its own (probes run in rolled-back ones). */
    private final Map<String, String> tokenOf = new java.util.HashMap<>();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    vn.pcmt.people.internal.ImportJobs importJobs;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private String importJob;

    long villageId;
    long agencyId;
    long policeAgencyId;
    long xa1Id;
    long personId;
    long episodeId;

    /** The fixture person's placement at the fixture facility (ADR 043), and another rehab facility of Hưng Yên. */
    long placementId;

    long placementFacilityId;

    long otherFacilityId;

    /** Today by the real clock (the walk does not set it), in Vietnam. */
    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    long eventId;
    long transferId;
    long documentId;
    long hotspotId;
    long caseId;
    long suspectId;
    long seizureId;
    long violationId;
    long plotId;
    long businessId;
    long schoolId;
    long zoneId;
    long mediumId;
    long activityId;
    long legalAidId;
    long facilityId;
    long clinicId;
    long otherClinicId;
    long treatmentId;
    long dispensingId;
    long counsellingId;
    long qualificationId;
    long assessmentId;
    long inspectionId;
    long tokenId;
    long localityId;
    long taskId;
    long programmeId;
    long entryId;
    long alertId;
    long planId;
    long targetId;
    long taskId2;
    long reportId;
    long evidenceId;
    long manualMetricId;
    long regimeId;
    long taskUpdateId;
    long figureId;
    long registerStartId;
    long projectId;
    long budgetLineId;
    long emptyProgrammeId;
    long duplicateId;
    String manualMetricCode;
    long manualCriterionId;
    long draftReportId;
    long provinceReportId;
    long groupId;
    long attributeId;
    long setId;

    long movingProgrammeId;

    long firstRevisionId;

    long secondRevisionId;

    @BeforeEach
    void fixtures() {
        accounts.ensureOutsiders();
        long commune = jdbc.sql("select id from admin_unit where code = '11953' and valid_to is null")
                .query(Long.class)
                .single();
        villageId = jdbc.sql("insert into village (commune_id, name, kind, search_name, sort_key)"
                        + " values (:c, :n, 'THON', :s, '\\x00'::bytea) returning id")
                .param("c", commune)
                .param("n", "Thôn Walk " + System.nanoTime())
                .param("s", "thon walk " + System.nanoTime())
                .query(Long.class)
                .single();
        agencyId = jdbc.sql("select id from agency where province_code = '33' and code = 'SYT' and deleted_at is null")
                .query(Long.class)
                .single();
        policeAgencyId = jdbc.sql("select min(id) from agency where province_code = '33' and kind = 'POLICE'"
                        + " and deleted_at is null")
                .query(Long.class)
                .single();
        xa1Id = jdbc.sql("select id from user_account where username = 'xa1'")
                .query(Long.class)
                .single();
        personId = jdbc.sql(
                        "insert into person (full_name, search_name, sort_key, birth_year, sex, unit_id)"
                                + " values ('Nguyễn Văn Bí Mật', 'nguyen van bi mat', '\\x00'::bytea, 1990, 'MALE', :c) returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        duplicateId = jdbc.sql(
                        "insert into person (full_name, search_name, sort_key, birth_year, sex, unit_id)"
                                + " values ('Nguyễn Văn Bí Mật', 'nguyen van bi mat', '\\x00'::bytea, 1990, 'MALE', :c) returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        jdbc.sql("insert into person_residence (person_id, commune_id, valid_from) values (:p, :c, '2024-01-01')")
                .param("p", duplicateId)
                .param("c", commune)
                .update();
        jdbc.sql("insert into person_residence (person_id, commune_id, valid_from) values (:p, :c, '2024-01-01')")
                .param("p", personId)
                .param("c", commune)
                .update();
        episodeId = jdbc.sql("insert into episode (person_id, kind, unit_id, start_date, decision_number)"
                        + " values (:p, 'DRUG_USE_MANAGEMENT', :c, '2026-01-01', '1/QĐ') returning id")
                .param("p", personId)
                .param("c", commune)
                .query(Long.class)
                .single();
        eventId = jdbc.sql("insert into person_event (person_id, kind, event_date, unit_id, result)"
                        + " values (:p, 'DRUG_TEST', '2026-01-01', :c, 'POSITIVE') returning id")
                .param("p", personId)
                .param("c", commune)
                .query(Long.class)
                .single();
        // to a third commune of the province, whose police alone may accept it
        long hongChau = unitId("11980");
        accounts.create(RECEIVER, Role.COMMUNE_POLICE, hongChau, null);
        transferId = jdbc.sql(
                        "insert into person_transfer (person_id, from_commune_id, to_commune_id, move_date, status, requested_by)"
                                + " values (:p, :f, :t, '2026-02-01', 'PENDING', 'xa1') returning id")
                .param("p", personId)
                .param("f", commune)
                .param("t", hongChau)
                .query(Long.class)
                .single();
        documentId = jdbc.sql(
                        "insert into person_document (person_id, file_name, content_type, size_bytes, content, uploaded_by)"
                                + " values (:p, 'qd-bi-mat.pdf', 'application/pdf', 4, '\\x25504446'::bytea, 'xa1') returning id")
                .param("p", personId)
                .query(Long.class)
                .single();
        localityId = jdbc.sql("insert into key_locality (unit_id, decision_number, decision_date, period_from,"
                        + " period_to, reasons) values (:c, '1/QĐ', '2025-09-01', '2025-09-01', '2027-09-01',"
                        + " 'Bí Mật') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        taskId = jdbc.sql(
                        "insert into key_locality_task (locality_id, text) values (:k, 'Nhiệm vụ Bí Mật') returning id")
                .param("k", localityId)
                .query(Long.class)
                .single();
        programmeId = jdbc.sql("insert into drugfree_programme (province_code, name, criteria_set_id, starts_on)"
                        + " select '33', 'Chương trình thử', id, '2025-01-01' from drugfree_criteria_set"
                        + " where code = 'KONTUM-2024' returning id")
                .query(Long.class)
                .single();
        entryId = jdbc.sql("insert into drugfree_commune (programme_id, unit_id, status, registered_on)"
                        + " values (:p, :c, 'RECOGNISED', '2025-02-01') returning id")
                .param("p", programmeId)
                .param("c", commune)
                .query(Long.class)
                .single();
        emptyProgrammeId = jdbc.sql("insert into drugfree_programme (province_code, name, criteria_set_id, starts_on)"
                        + " select '33', 'Chương trình trống', id, '2025-01-01' from drugfree_criteria_set"
                        + " where code = 'KONTUM-2024' returning id")
                .query(Long.class)
                .single();
        manualCriterionId = jdbc.sql("select min(c.id) from drugfree_criterion c join drugfree_criteria_set s"
                        + " on s.id = c.set_id where s.code = 'KONTUM-2024' and c.method like 'MANUAL%'")
                .query(Long.class)
                .single();
        alertId = jdbc.sql("insert into drugfree_alert (commune_id, criterion_id, detail)"
                        + " select :e, min(id), 'Bí Mật' from drugfree_criterion returning id")
                .param("e", entryId)
                .query(Long.class)
                .single();
        planId = jdbc.sql("insert into plan (province_code, number, title, issuer, issued_on, period_from, period_to)"
                        + " values ('33', '1/KH', 'Kế hoạch Bí Mật', 'UBND', '2026-01-01', '2026-01-01', '2026-12-31')"
                        + " returning id")
                .query(Long.class)
                .single();
        targetId = jdbc.sql(
                        "insert into plan_target (plan_id, code, text, metric_code, form, comparison, threshold, yearly)"
                                + " values (:p, 'T1', 'Bí Mật', 'hotspots.active', 'VALUE', 'LE', 0, true) returning id")
                .param("p", planId)
                .query(Long.class)
                .single();
        taskId2 = jdbc.sql("insert into plan_task (plan_id, text, lead_agency_id) values (:p, 'Nhiệm vụ Bí Mật', :a)"
                        + " returning id")
                .param("p", planId)
                .param("a", agencyId)
                .query(Long.class)
                .single();
        taskUpdateId = jdbc.sql("insert into plan_task_update (task_id, on_date, status, progress_percent, note,"
                        + " by_user, file_name, content_type, size_bytes, content) values (:t, '2026-01-01',"
                        + " 'IN_PROGRESS', 10, 'Bí Mật', 'soyte', 'bi-mat.pdf', 'application/pdf', 4,"
                        + " '\\x25504446'::bytea) returning id")
                .param("t", taskId2)
                .query(Long.class)
                .single();
        projectId = jdbc.sql("insert into plan_project (plan_id, code, name, lead_agency_id)"
                        + " values (:p, 'DA1', 'Dự án Bí Mật', :a) returning id")
                .param("p", planId)
                .param("a", agencyId)
                .query(Long.class)
                .single();
        budgetLineId = jdbc.sql("insert into plan_budget_line (project_id, agency_id, year, source, allocated,"
                        + " disbursed, note, updated_by) values (:p, :a, 2026, 'CENTRAL', 1000, 500, 'Bí Mật', 'tinh')"
                        + " returning id")
                .param("p", projectId)
                .param("a", agencyId)
                .query(Long.class)
                .single();
        reportId = jdbc.sql("insert into report (plan_id, kind, unit_id, period_from, period_to, status, results,"
                        + " created_by) values (:p, 'ANNUAL', :c, '2026-01-01', '2026-12-15', 'SUBMITTED', 'Bí Mật', 'xa1')"
                        + " returning id")
                .param("p", planId)
                .param("c", commune)
                .query(Long.class)
                .single();
        draftReportId = jdbc.sql("insert into report (plan_id, kind, unit_id, period_from, period_to, status,"
                        + " results, created_by) values (:p, 'SIX_MONTH', :c, '2026-01-01', '2026-06-15', 'DRAFT',"
                        + " 'Bí Mật', 'xa1') returning id")
                .param("p", planId)
                .param("c", commune)
                .query(Long.class)
                .single();
        provinceReportId = jdbc.sql("insert into report (plan_id, kind, unit_id, period_from, period_to, status,"
                        + " results, created_by) values (:p, 'ANNUAL', :u, '2026-01-01', '2026-12-15', 'DRAFT',"
                        + " 'Bí Mật', 'tinh') returning id")
                .param("p", planId)
                .param("u", unitId("33"))
                .query(Long.class)
                .single();
        regimeId = jdbc.sql("insert into reporting_regime (plan_id, kind, reporters, recipient)"
                        + " values (:p, 'ANNUAL', 'COMMUNES', 'Công an tỉnh Bí Mật') returning id")
                .param("p", planId)
                .query(Long.class)
                .single();
        // documented like every metric of the catalogue (MetricTests reads it when it runs after the walk)
        manualMetricCode = "manual.walk_" + System.nanoTime();
        manualMetricId = jdbc.sql("insert into manual_metric (province_code, code, name, definition, kind, unit)"
                        + " values ('33', :c, 'Số liệu Bí Mật', 'Định nghĩa Bí Mật', 'FLOW', 'vụ') returning id")
                .param("c", manualMetricCode)
                .query(Long.class)
                .single();
        figureId = jdbc.sql(
                        "insert into manual_figure (metric_id, unit_id, period_from, period_to, value, note, status,"
                                + " entered_by, entered_at) values (:m, :c, '2025-01-01', '2025-12-31', 3, 'Bí Mật', 'SUBMITTED',"
                                + " 'xa1', now()) returning id")
                .param("m", manualMetricId)
                .param("c", commune)
                .query(Long.class)
                .single();
        // so early that no figure of the walk's commune changes; anew for each test (a start per unit and register)
        jdbc.sql("delete from register_start where unit_id = :c and register = 'PEOPLE'")
                .param("c", commune)
                .update();
        registerStartId = jdbc.sql("insert into register_start (unit_id, register, since)"
                        + " values (:c, 'PEOPLE', '2000-01-01') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        evidenceId = jdbc.sql("insert into drugfree_evidence (commune_id, criterion_id, file_name, content_type,"
                        + " size_bytes, content, uploaded_by) select :e, max(id), 'bi-mat.pdf', 'application/pdf', 4,"
                        + " '\\x25504446'::bytea, 'xa1' from drugfree_criterion returning id")
                .param("e", entryId)
                .query(Long.class)
                .single();
        tokenId = jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, read_only, expires_on)"
                        + " select id, 'Mã walk', :h, 'pcmt_walk00', false, current_date + 30 from user_account"
                        + " where username = 'xa1' returning id")
                .param("h", TestTokens.sha256("walk-" + System.nanoTime()))
                .query(Long.class)
                .single();
        groupId = jdbc.sql("insert into unit_group (province_code, name, search_name, valid_from)"
                        + " values ('33', 'Nhóm Bí Mật', :s, '2025-07-01') returning id")
                .param("s", "nhom bi mat " + System.nanoTime())
                .query(Long.class)
                .single();
        jdbc.sql("insert into unit_group_member (group_id, unit_id) values (:g, :c)")
                .param("g", groupId)
                .param("c", commune)
                .update();
        jdbc.sql("delete from unit_attribute where note = 'Bí Mật'").update();
        attributeId = jdbc.sql("insert into unit_attribute (unit_id, attribute, valid_from, note)"
                        + " values (:c, 'BORDER', '2025-07-01', 'Bí Mật') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        setId = jdbc.sql("insert into drugfree_criteria_set (code, name, valid_from, source, confirmed, province_code)"
                        + " values (:code, 'Bộ Bí Mật', '2026-01-01', 'Bí Mật', false, '33') returning id")
                .param("code", "WALK-" + System.nanoTime())
                .query(Long.class)
                .single();
        jdbc.sql("insert into drugfree_criterion (set_id, ordinal, code, text, method)"
                        + " values (:s, 1, 'A', 'Tiêu chí Bí Mật', 'MANUAL_ZERO')")
                .param("s", setId)
                .update();
        String revisedCode = "WALK-REV-" + System.nanoTime();
        firstRevisionId = jdbc.sql(
                        "insert into drugfree_criteria_set (code, name, valid_from, source, confirmed,"
                                + " province_code) values (:code, 'Bộ Bí Mật', '2026-01-01', 'Bí Mật', false, '33') returning id")
                .param("code", revisedCode)
                .query(Long.class)
                .single();
        secondRevisionId = jdbc.sql("insert into drugfree_criteria_set (code, name, valid_from, source, confirmed,"
                        + " province_code, revision, revises_id) values (:code, 'Bộ Bí Mật 2', '2026-02-01', 'Bí Mật',"
                        + " false, '33', 2, :r) returning id")
                .param("code", revisedCode)
                .param("r", firstRevisionId)
                .query(Long.class)
                .single();
        movingProgrammeId = jdbc.sql("insert into drugfree_programme (province_code, name, criteria_set_id, starts_on)"
                        + " values ('33', 'Chương trình đổi bộ tiêu chí', :s, '2026-01-01') returning id")
                .param("s", firstRevisionId)
                .query(Long.class)
                .single();
        hotspotId = jdbc.sql("insert into hotspot (commune_id, shape, activity, name, detected_on, eliminated_on,"
                        + " elimination_measure) values (:c, 'POINT', 'SELLING', 'Quán Bí Mật', '2025-01-01',"
                        + " '2025-06-01', 'Đóng cửa') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        caseId = jdbc.sql("insert into drug_case (commune_id, detected_on, agency_id, summary, stage)"
                        + " values (:c, '2025-09-01', :a, 'Vụ Bí Mật', 'DETECTED') returning id")
                .param("c", commune)
                .param("a", agencyId)
                .query(Long.class)
                .single();
        jdbc.sql("insert into drug_case_article (case_id, article_code) values (:k, '251')")
                .param("k", caseId)
                .update();
        suspectId = jdbc.sql("insert into case_suspect (case_id, full_name, role, age_group)"
                        + " values (:k, 'Bí Mật', 'PRINCIPAL', 'OVER_30') returning id")
                .param("k", caseId)
                .query(Long.class)
                .single();
        seizureId = jdbc.sql("insert into case_seizure (case_id, substance_code, quantity, unit, other_items)"
                        + " values (:k, 'HEROIN', 5, 'G', 'Bí Mật') returning id")
                .param("k", caseId)
                .query(Long.class)
                .single();
        violationId = jdbc.sql(
                        "insert into drug_violation (commune_id, decided_on, full_name, decision_number,"
                                + " behaviour, fine) values (:c, '2025-09-01', 'Bí Mật', '1/QĐ', 'Sử dụng', 1000000) returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        supplyFixtures(commune);
    }

    /** A plot of Phường Phố Hiến, found and destroyed (cultivation, issue 17). */
    private void supplyFixtures(long commune) {
        plotId = jdbc.sql("insert into cultivation_plot (commune_id, species, area_m2, plants, found_on, found_by,"
                        + " destroyed_on, destroyed_by) values (:c, 'CANNABIS', 120, 300, '2025-01-01', 'Công an',"
                        + " '2025-06-01', 'Tổ Bí Mật') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        businessId = jdbc.sql("insert into business (commune_id, kind, name, address, owner_name, licence_date)"
                        + " values (:c, 'KARAOKE', 'Karaoke Bí Mật', 'Số 1', 'Chủ Bí Mật', '2024-01-01') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        inspectionId = jdbc.sql("insert into business_inspection (business_id, inspected_on, team, result)"
                        + " values (:b, '2025-03-01', 'Tổ Bí Mật', 'Biên bản Bí Mật') returning id")
                .param("b", businessId)
                .query(Long.class)
                .single();
        // drug use found on the premises: the inspection may refer to a hotspot (ADR 037)
        jdbc.sql("insert into business_inspection_violation (inspection_id, violation)"
                        + " values (:i, 'DRUG_USE_ON_PREMISES')")
                .param("i", inspectionId)
                .update();
        outreachFixtures(commune);
        facilityFixtures(commune);
        substitutionFixtures(commune);
    }

    /**
     * Two substitution clinics of Phường Phố Hiến and the fixture's person in treatment at the first since 1/9/2025,
     * with the legal episode the register keeps in step (issue 18, ADR 044).
     */
    private void substitutionFixtures(long commune) {
        clinicId = jdbc.sql(
                        "insert into facility (commune_id, kind, name, public_owned, valid_from)"
                                + " values (:c, 'SUBSTITUTION_CLINIC', 'Cơ sở điều trị Bí Mật', true, '2020-01-01') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        otherClinicId = jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " values (:c, 'SUBSTITUTION_CLINIC', 'Cơ sở điều trị Lạ', true, '2020-01-01') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        long legal = jdbc.sql("insert into episode (person_id, kind, form, unit_id, start_date, facility)"
                        + " values (:p, 'SUBSTITUTION_TREATMENT', 'METHADONE', :c, '2025-09-01', 'Cơ sở Bí Mật')"
                        + " returning id")
                .param("p", personId)
                .param("c", commune)
                .query(Long.class)
                .single();
        treatmentId = jdbc.sql("insert into substitution_episode (person_id, clinic_id, start_date, medicine,"
                        + " legal_episode_id) values (:p, :c, '2025-09-01', 'METHADONE', :l) returning id")
                .param("p", personId)
                .param("c", clinicId)
                .param("l", legal)
                .query(Long.class)
                .single();
        // the clinic's health worker (ADR 053): the fixture person is their patient
        accounts.createAtClinic(CLINIC_STAFF, clinicId);
        // a dose given and a counselling session at the clinic (ADR 053)
        dispensingId = jdbc.sql("insert into substitution_dispensing (episode_id, person_id, dispensed_on, dose_mg)"
                        + " values (:e, :p, '2025-12-01', 60) returning id")
                .param("e", treatmentId)
                .param("p", personId)
                .query(Long.class)
                .single();
        counsellingId = jdbc.sql("insert into counselling_session (person_id, session_date, facility_id, kind, topic,"
                        + " counsellor) values (:p, '2025-12-01', :f, 'INDIVIDUAL', 'TREATMENT', 'xa1') returning id")
                .param("p", personId)
                .param("f", clinicId)
                .query(Long.class)
                .single();
    }

    /** A public rehab facility of Phường Phố Hiến with a qualification and an assessment (issue 18, ADR 040). */
    private void facilityFixtures(long commune) {
        facilityId = jdbc.sql("insert into facility (commune_id, kind, name, public_owned, valid_from)"
                        + " values (:c, 'PUBLIC_REHAB', 'Cơ sở cai nghiện Bí Mật', true, '2025-07-01') returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        qualificationId = jdbc.sql("insert into facility_qualification (facility_id, kind, since, decision)"
                        + " values (:f, 'DETERMINE_ADDICTION', '2025-08-01', 'QĐ Bí Mật') returning id")
                .param("f", facilityId)
                .query(Long.class)
                .single();
        assessmentId = jdbc.sql("insert into facility_assessment (facility_id, criterion, assessed_on, met, evidence)"
                        + " values (:f, 'STAFF', '2025-08-01', true, 'Biên bản Bí Mật') returning id")
                .param("f", facilityId)
                .query(Long.class)
                .single();
        // facility staff (ADR 043): those of the fixture facility, where the fixture person is placed, and those of
        // another rehab facility of the province, who must see nothing of it
        otherFacilityId = accounts.rehabFacility(unitId("11977"), "Cơ sở cai nghiện Tân Hưng " + System.nanoTime());
        placementFacilityId = accounts.rehabFacility(commune, "Cơ sở cai nghiện thử " + System.nanoTime());
        accounts.createAtFacility(FACILITY_STAFF, placementFacilityId);
        accounts.createAtFacility(OTHER_FACILITY_STAFF, otherFacilityId);
        java.time.LocalDate today = java.time.LocalDate.now(VIETNAM);
        placementId = jdbc.sql("insert into episode (person_id, kind, form, unit_id, start_date, planned_end_date,"
                        + " decision_number, facility_id, officer) values (:p, 'REHAB', 'VOLUNTARY_FACILITY', :c, :s,"
                        + " :e, '9/QĐ', :f, 'tinh') returning id")
                .param("p", personId)
                .param("c", commune)
                .param("s", today.minusDays(30))
                .param("e", today.plusDays(150))
                .param("f", placementFacilityId)
                .query(Long.class)
                .single();
    }

    /** The staff of the fixture facility, and of another rehab facility of Hưng Yên (ADR 043). */
    static final String FACILITY_STAFF = "walk_facility";

    static final String OTHER_FACILITY_STAFF = "walk_other_facility";

    /** The health worker of the fixture's substitution clinic (ADR 053). */
    static final String CLINIC_STAFF = "walk_clinic";

    /**
     * A school, a zone and an outreach activity of Phường Phố Hiến, a medium of Hưng Yên (named without the secret:
     * every commune of the province reads its media), a legal-aid request of the fixture's person (issue 18).
     */
    private void outreachFixtures(long commune) {
        schoolId = jdbc.sql("insert into school (commune_id, name, level) values (:c, 'Trường Bí Mật', 'PRIMARY')"
                        + " returning id")
                .param("c", commune)
                .query(Long.class)
                .single();
        zoneId = jdbc.sql("insert into industrial_zone (name, workers, workers_counted_on)"
                        + " values ('Cụm công nghiệp Bí Mật', 800, '2025-01-01') returning id")
                .query(Long.class)
                .single();
        jdbc.sql("insert into industrial_zone_commune (zone_id, commune_id) values (:z, :c)")
                .param("z", zoneId)
                .param("c", commune)
                .update();
        mediumId = jdbc.sql("insert into outreach_medium (province_id, name, kind, major, column_since)"
                        + " values (:p, 'Báo Thử Walk', 'NEWSPAPER', true, '2024-01-01') returning id")
                .param("p", unitId("33"))
                .query(Long.class)
                .single();
        activityId = jdbc.sql("insert into outreach_activity (held_on, form, audience, title)"
                        + " values ('2026-01-01', 'TALK', 'STUDENTS', 'Nói chuyện Bí Mật') returning id")
                .query(Long.class)
                .single();
        jdbc.sql("insert into outreach_activity_commune (activity_id, commune_id) values (:a, :c)")
                .param("a", activityId)
                .param("c", commune)
                .update();
        jdbc.sql("insert into outreach_activity_school (activity_id, school_id) values (:a, :s)")
                .param("a", activityId)
                .param("s", schoolId)
                .update();
        legalAidId = jdbc.sql("insert into legal_aid_request (commune_id, person_id, requested_on, subject)"
                        + " values (:c, :p, '2026-01-01', 'Yêu cầu Bí Mật') returning id")
                .param("c", commune)
                .param("p", personId)
                .query(Long.class)
                .single();
    }

    List<Probe> probes() {
        String village = "{\"name\":\"Thôn Lạ\",\"kind\":\"THON\",\"version\":0}";
        String agency = "{\"code\":\"LA\",\"name\":\"Cơ quan lạ\",\"kind\":\"OTHER\",\"version\":0}";
        String user = "{\"username\":\"la_mat\",\"fullName\":\"Người lạ\",\"role\":\"COMMUNE_POLICE\","
                + "\"unitCode\":\"11953\",\"password\":\"Demo@12345\"}";
        String profile = "{\"username\":\"xa1\",\"fullName\":\"Người lạ\",\"role\":\"COMMUNE_POLICE\","
                + "\"unitCode\":\"11953\",\"version\":0}";
        List<Probe> p = new ArrayList<>();
        // pages
        p.add(page(HttpMethod.GET, "/", "/", Expect.OWN).in(Scope.NONE));
        p.add(page(HttpMethod.GET, "/units", "/units", Expect.REFERENCE).in(Scope.NONE));
        p.add(page(HttpMethod.GET, "/units/children", "/units/children?code=33", Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(page(HttpMethod.GET, "/units/options", "/units/options?q=pho", Expect.REFERENCE)
                .in(Scope.NONE));
        // the unit picker (ADR 046): reference data, each user offered the units of their own jurisdiction
        p.add(page(HttpMethod.GET, "/units/picker", "/units/picker?q=pho+hien", Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(page(HttpMethod.GET, "/help", "/help", Expect.REFERENCE).in(Scope.NONE));
        p.add(page(HttpMethod.GET, "/units/{code}", "/units/11953", Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(page(
                        HttpMethod.POST,
                        "/units/{code}/villages",
                        "/units/11953/villages?name=Thon+La&kind=THON",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/villages/{id}",
                        "/villages/" + villageId + "?name=Thon+La&kind=THON&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/villages/{id}/delete",
                        "/villages/" + villageId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/agencies", "/agencies?province=33", Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(page(HttpMethod.POST, "/agencies", "/agencies?province=33&code=LA&name=La&kind=OTHER", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/agencies/standard", "/agencies/standard?province=33", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/agencies/{id}", "/agencies/" + agencyId, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/agencies/{id}",
                        "/agencies/" + agencyId + "?code=SYT&name=La&kind=OTHER&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/agencies/{id}/delete",
                        "/agencies/" + agencyId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/admin/users", "/admin/users", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(page(HttpMethod.GET, "/admin/users/new", "/admin/users/new", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(page(
                        HttpMethod.POST,
                        "/admin/users",
                        "/admin/users?username=la_mat&fullName=La&role=COMMUNE_POLICE&unitCode=11953&password=Demo@12345",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .by("admin")
                .refusedAs("user.unit.outside"));
        p.add(page(
                        HttpMethod.GET,
                        "/admin/users/agency-options",
                        "/admin/users/agency-options?unitCode=33",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(page(HttpMethod.GET, "/admin/users/{id}", "/admin/users/" + xa1Id, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(page(
                        HttpMethod.POST,
                        "/admin/users/{id}",
                        "/admin/users/" + xa1Id
                                + "?username=xa1&fullName=La&role=COMMUNE_POLICE&unitCode=11953&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(page(
                        HttpMethod.POST,
                        "/admin/users/{id}/enabled",
                        "/admin/users/" + xa1Id + "/enabled?enabled=false&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(page(
                        HttpMethod.POST,
                        "/admin/users/{id}/password",
                        "/admin/users/" + xa1Id + "/password?password=La@123456789",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(page(HttpMethod.GET, "/admin/audit", "/admin/audit", Expect.SCOPED)
                .in(Scope.NATIONAL));
        p.add(page(HttpMethod.GET, "/admin/audit/revisions/{rev}", "/admin/audit/revisions/1", Expect.SCOPED)
                .in(Scope.NATIONAL));
        p.add(page(HttpMethod.GET, "/account/password", "/account/password", Expect.OWN)
                .in(Scope.NONE));
        p.add(page(
                        HttpMethod.POST,
                        "/account/password",
                        "/account/password?currentPassword=Demo@12345&newPassword=Walk@Pass-2026&confirmPassword=Walk@Pass-2026",
                        Expect.OWN)
                .in(Scope.NONE));
        p.add(page(HttpMethod.GET, "/login", "/login", Expect.REFERENCE).in(Scope.NONE));
        String person =
                "{\"fullName\":\"Người Lạ\",\"birthYear\":1990,\"sex\":\"MALE\",\"residenceCommuneCode\":\"11953\",\"confirmDuplicate\":true,\"version\":0}";
        String episode = "{\"kind\":\"FLAG\",\"form\":\"WANTED\",\"startDate\":\"2026-01-02\"}";
        String end = "{\"endDate\":\"2026-02-01\",\"reason\":\"MOVED\",\"version\":0}";
        String event = "{\"kind\":\"CHECK_IN\",\"date\":\"2026-01-03\"}";
        p.add(page(HttpMethod.GET, "/people", "/people?q=bi+mat", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/people/new", "/people/new", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people",
                        "/people?fullName=La&birthYear=1990&sex=MALE&residenceCommuneCode=11953&confirmDuplicate=true",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/people/{id}", "/people/" + personId, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/people/{id}/edit", "/people/" + personId + "/edit", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}",
                        "/people/" + personId
                                + "?fullName=La&birthYear=1990&sex=MALE&residenceCommuneCode=11953&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/people/{id}/delete", "/people/" + personId + "/delete?version=0", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.GET,
                        "/people/{id}/episode-form",
                        "/people/" + personId + "/episode-form?kind=REHAB",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/episodes",
                        "/people/" + personId + "/episodes?kind=FLAG&form=WANTED&startDate=02/01/2026",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/episodes/{episodeId}/end",
                        "/people/" + personId + "/episodes/" + episodeId
                                + "/end?endDate=01/02/2026&reason=MOVED&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/episodes/{episodeId}/delete",
                        "/people/" + personId + "/episodes/" + episodeId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/events",
                        "/people/" + personId + "/events?kind=CHECK_IN&date=03/01/2026",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/events/{eventId}/delete",
                        "/people/" + personId + "/events/" + eventId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/people/stats", "/people/stats?unit=11953", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/admin/legal-rules", "/admin/legal-rules", Expect.SCOPED_LIST)
                .in(Scope.NATIONAL));
        p.add(page(
                        HttpMethod.POST,
                        "/admin/legal-rules",
                        "/admin/legal-rules?code=ADULT_AGE&amount=16&unit=YEARS&from=01/01/2099&source=X",
                        Expect.SCOPED)
                .in(Scope.NATIONAL));
        p.add(api(HttpMethod.GET, "/api/v1/people", "/api/v1/people?q=bi+mat", null, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, "/api/v1/people", "/api/v1/people", person, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/people/{id}", "/api/v1/people/" + personId, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.PUT, "/api/v1/people/{id}", "/api/v1/people/" + personId, person, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/people/{id}",
                        "/api/v1/people/" + personId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/people/{id}/episodes",
                        "/api/v1/people/" + personId + "/episodes",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/people/{id}/episodes",
                        "/api/v1/people/" + personId + "/episodes",
                        episode,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/people/{id}/episodes/{episodeId}/end",
                        "/api/v1/people/" + personId + "/episodes/" + episodeId + "/end",
                        end,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/people/{id}/episodes/{episodeId}",
                        "/api/v1/people/" + personId + "/episodes/" + episodeId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/people/{id}/events",
                        "/api/v1/people/" + personId + "/events",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/people/{id}/events",
                        "/api/v1/people/" + personId + "/events",
                        event,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/people/{id}/events/{eventId}",
                        "/api/v1/people/" + personId + "/events/" + eventId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/people/stats", "/api/v1/people/stats?unit=11953", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        String transfer = "{\"toCommuneCode\":\"00004\",\"moveDate\":\"2026-03-01\"}";
        String noPendingMove = "update person_transfer set status = 'CANCELLED' where id = " + transferId;
        p.add(page(HttpMethod.GET, "/people/transfers", "/people/transfers", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/people/{id}/documents", "/people/" + personId + "/documents", Expect.SCOPED)
                .in(Scope.COMMUNE)
                .file(pdf("file")));
        p.add(page(
                        HttpMethod.GET,
                        "/people/{id}/documents/{documentId}",
                        "/people/" + personId + "/documents/" + documentId,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/documents/{documentId}/delete",
                        "/people/" + personId + "/documents/" + documentId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/people/{id}/documents",
                        "/api/v1/people/" + personId + "/documents",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/people/{id}/documents",
                        "/api/v1/people/" + personId + "/documents",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .file(pdf("file")));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/people/{id}/documents/{documentId}",
                        "/api/v1/people/" + personId + "/documents/" + documentId,
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/people/{id}/documents/{documentId}",
                        "/api/v1/people/" + personId + "/documents/" + documentId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/merge",
                        "/people/" + personId + "/merge?duplicate=" + duplicateId + "&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/people/{id}/merge",
                        "/api/v1/people/" + personId + "/merge?duplicate=" + duplicateId + "&version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(HttpMethod.GET, "/people/import", "/people/import", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/people/import/template", "/people/import/template", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        byte[] sheet = importSheet();
        p.add(page(HttpMethod.POST, "/people/import", "/people/import", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .file(new MockMultipartFile("file", "walk.xlsx", XLSX, sheet))
                .renders("people/import-map"));
        p.add(page(
                        HttpMethod.POST,
                        "/people/import/run",
                        "/people/import/run?field_FULL_NAME=0&field_BIRTH_YEAR=1&field_SEX=2"
                                + "&field_RESIDENCE_COMMUNE_CODE=3",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .session("pcmt.import.file", sheet)
                .renders("people/import-report"));
        String job = importJob();
        p.add(page(HttpMethod.GET, "/people/import/jobs/{id}", "/people/import/jobs/" + job, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.GET,
                        "/people/import/jobs/{id}/progress",
                        "/people/import/jobs/" + job + "/progress",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/people/imports/{id}", "/api/v1/people/imports/" + job, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        // a row without a birth: the run writes nothing, for the insider and the outsiders alike
        p.add(api(HttpMethod.POST, "/api/v1/people/imports", "/api/v1/people/imports", null, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .file(new MockMultipartFile("file", "walk.xlsx", XLSX, badImportSheet())));
        p.add(page(
                        HttpMethod.GET,
                        "/people/export",
                        "/people/export?q=bi+mat&reason=Kiem+tra+ro+ri",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/people/export",
                        "/api/v1/people/export?q=bi+mat&reason=Kiem+tra+ro+ri",
                        null,
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/transfers",
                        "/people/" + personId + "/transfers?toCommuneCode=00004&moveDate=01/03/2026",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(noPendingMove));
        p.add(page(
                        HttpMethod.POST,
                        "/people/transfers/{id}/{decision}",
                        "/people/transfers/" + transferId + "/accept?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(RECEIVER));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/people/{id}/transfers",
                        "/api/v1/people/" + personId + "/transfers",
                        transfer,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(noPendingMove));
        p.add(api(HttpMethod.GET, "/api/v1/transfers", "/api/v1/transfers", null, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/transfers/{id}/accept",
                        "/api/v1/transfers/" + transferId + "/accept?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(RECEIVER));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/transfers/{id}/reject",
                        "/api/v1/transfers/" + transferId + "/reject?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(RECEIVER));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/transfers/{id}/cancel",
                        "/api/v1/transfers/" + transferId + "/cancel?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/people/work-list", "/api/v1/people/work-list", null, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/work-list", "/api/v1/work-list?size=200", null, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        // API
        p.add(api(HttpMethod.GET, "/api/v1/units", "/api/v1/units?parent=33", null, Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(HttpMethod.GET, "/api/v1/units/search", "/api/v1/units/search?q=pho+hien", null, Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(HttpMethod.GET, "/api/v1/units/{code}", "/api/v1/units/11953", null, Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/units/{code}/predecessors",
                        "/api/v1/units/11953/predecessors",
                        null,
                        Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/units/{code}/successors",
                        "/api/v1/units/11953/successors?date=2025-06-30",
                        null,
                        Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/units/{code}/composition",
                        "/api/v1/units/11953/composition?from=2024-01-01&to=2026-01-01",
                        null,
                        Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/units/{code}/villages",
                        "/api/v1/units/11953/villages",
                        null,
                        Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/units/{code}/villages",
                        "/api/v1/units/11953/villages",
                        village,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.PUT, "/api/v1/villages/{id}", "/api/v1/villages/" + villageId, village, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/villages/{id}",
                        "/api/v1/villages/" + villageId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/agencies", "/api/v1/agencies?province=33", null, Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(HttpMethod.GET, "/api/v1/agencies/{id}", "/api/v1/agencies/" + agencyId, null, Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(HttpMethod.POST, "/api/v1/agencies", "/api/v1/agencies?province=33", agency, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.PUT, "/api/v1/agencies/{id}", "/api/v1/agencies/" + agencyId, agency, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/agencies/{id}",
                        "/api/v1/agencies/" + agencyId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/users", "/api/v1/users", null, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(api(HttpMethod.GET, "/api/v1/users/{id}", "/api/v1/users/" + xa1Id, null, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(api(HttpMethod.POST, "/api/v1/users", "/api/v1/users", user, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .by("admin")
                .refusedAs("user.unit.outside"));
        p.add(api(HttpMethod.PUT, "/api/v1/users/{id}", "/api/v1/users/" + xa1Id, profile, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("admin"));
        p.add(api(HttpMethod.GET, "/api/v1/me", "/api/v1/me", null, Expect.OWN).in(Scope.NONE));
        p.add(api(HttpMethod.GET, "/api/v1/me/tokens", "/api/v1/me/tokens", null, Expect.OWN)
                .in(Scope.NONE));
        p.add(api(HttpMethod.POST, "/api/v1/me/tokens", "/api/v1/me/tokens", "{\"name\":\"Mã thử\"}", Expect.OWN)
                .in(Scope.NONE));
        p.add(api(HttpMethod.DELETE, "/api/v1/me/tokens/{id}", "/api/v1/me/tokens/" + tokenId, null, Expect.OWN)
                .in(Scope.NONE));
        p.add(page(HttpMethod.POST, "/account/tokens", "/account/tokens?name=Ma+thu&days=30", Expect.OWN)
                .in(Scope.NONE)
                .renders("access/password"));
        p.add(page(HttpMethod.POST, "/account/tokens/{id}/revoke", "/account/tokens/" + tokenId + "/revoke", Expect.OWN)
                .in(Scope.NONE));
        p.add(page(HttpMethod.GET, "/units/{code}/boundary", "/units/33/boundary", Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(HttpMethod.GET, "/api/v1/units/{code}/boundary", "/api/v1/units/33/boundary", null, Expect.REFERENCE)
                .in(Scope.NONE));
        // the national dashboard and a province's own (ADR 054)
        p.add(page(HttpMethod.GET, "/units/boundaries", "/units/boundaries", Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(page(HttpMethod.GET, "/overview", "/overview?unit=33&metric=units.communes", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/overview", "/overview?country=true&metric=units.communes", Expect.SCOPED)
                .in(Scope.NATIONAL));
        p.add(page(
                        HttpMethod.GET,
                        "/overview.xlsx",
                        "/overview.xlsx?unit=33&metric=units.communes&reason=Kiểm tra phạm vi",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.GET,
                        "/overview.xlsx",
                        "/overview.xlsx?country=true&metric=units.communes&reason=Kiểm tra phạm vi",
                        Expect.SCOPED)
                .in(Scope.NATIONAL));
        hotspotProbes(p);
        caseProbes(p);
        cultivationProbes(p);
        cultivationPageProbes(p);
        businessProbes(p);
        outreachProbes(p);
        legalAidProbes(p);
        facilityProbes(p);
        substitutionProbes(p);
        listProbes(p);
        localityProbes(p);
        drugFreeProbes(p);
        p.add(api(HttpMethod.GET, "/api/v1/metrics", "/api/v1/metrics", null, Expect.REFERENCE)
                .in(Scope.NONE));
        planProbes(p);
        projectProbes(p);
        figureProbes(p);
        registerStartProbes(p);
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/metrics/{code}/values",
                        "/api/v1/metrics/hotspots.arisen/values?unit=11953&years=2024-2026",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/metrics/{code}/values",
                        "/api/v1/metrics/units.communes/values?unit=33&level=commune",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/metrics/{code}/values",
                        "/api/v1/metrics/units.communes/values?level=province",
                        null,
                        Expect.SCOPED)
                .in(Scope.NATIONAL));
        return p;
    }

    private void hotspotProbes(List<Probe> p) {
        String hotspot = "{\"communeCode\":\"11953\",\"shape\":\"POINT\",\"activity\":\"SELLING\",\"name\":\"Lạ\","
                + "\"detectedOn\":\"2026-01-01\",\"version\":0}";
        String eliminate = "{\"eliminatedOn\":\"2026-01-02\",\"measure\":\"X\",\"version\":0}";
        String reform = "{\"detectedOn\":\"2026-01-02\"}";
        String id = String.valueOf(hotspotId);
        String corrected = hotspot.replace("2026-01-01", "2025-01-01");
        // the fixture's hotspot was eliminated: eliminating it starts from an active one
        String active = "update hotspot set eliminated_on = null, elimination_measure = null where id = " + id;
        p.add(page(HttpMethod.GET, "/hotspots", "/hotspots?unit=11953", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/hotspots/new", "/hotspots/new", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/hotspots",
                        "/hotspots?communeCode=11953&shape=POINT&activity=SELLING&name=La&detectedOn=01/01/2026",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/hotspots/villages", "/hotspots/villages?communeCode=11953", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/hotspots/{id}", "/hotspots/" + id, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/hotspots/{id}/edit", "/hotspots/" + id + "/edit", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/hotspots/{id}",
                        "/hotspots/" + id
                                + "?communeCode=11953&shape=POINT&activity=SELLING&name=La&detectedOn=01/01/2025"
                                + "&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/hotspots/{id}/eliminate",
                        "/hotspots/" + id + "/eliminate?eliminatedOn=01/06/2025&measure=X&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(active));
        p.add(page(
                        HttpMethod.POST,
                        "/hotspots/{id}/reform",
                        "/hotspots/" + id + "/reform?detectedOn=01/01/2026",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/hotspots/{id}/delete", "/hotspots/" + id + "/delete?version=0", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/hotspots", "/api/v1/hotspots?unit=11953", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/hotspots/stats",
                        "/api/v1/hotspots/stats?unit=11953&from=2024-01-01&to=2026-01-01",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/hotspots/{id}", "/api/v1/hotspots/" + id, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, "/api/v1/hotspots", "/api/v1/hotspots", hotspot, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.PUT, "/api/v1/hotspots/{id}", "/api/v1/hotspots/" + id, corrected, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/hotspots/{id}/elimination",
                        "/api/v1/hotspots/" + id + "/elimination",
                        eliminate,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(active));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/hotspots/{id}/reformation",
                        "/api/v1/hotspots/" + id + "/reformation",
                        reform,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/hotspots/{id}",
                        "/api/v1/hotspots/" + id + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
    }

    private void caseProbes(List<Probe> p) {
        caseImportProbes(p);
        String id = String.valueOf(caseId);
        String kase = "{\"communeCode\":\"11953\",\"detectedOn\":\"2025-10-01\",\"agencyId\":" + policeAgencyId
                + ",\"summary\":\"Vụ lạ\",\"articles\":[\"249\"],\"cyberspace\":true,\"version\":0}";
        String violation = "{\"communeCode\":\"11953\",\"decidedOn\":\"2025-10-01\",\"fullName\":\"Người lạ\","
                + "\"decisionNumber\":\"2/QĐ\",\"behaviour\":\"Sử dụng\",\"fine\":500000,\"version\":0}";
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/cases",
                        "/api/v1/cases?unit=11953&from=2025-01-01&to=2025-12-31",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/cases/{id}", "/api/v1/cases/" + id, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, "/api/v1/cases", "/api/v1/cases", kase, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.PUT, "/api/v1/cases/{id}", "/api/v1/cases/" + id, kase, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/cases/{id}/stages",
                        "/api/v1/cases/" + id + "/stages",
                        "{\"action\":\"OPEN\",\"on\":\"2025-09-05\",\"version\":0}",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.DELETE, "/api/v1/cases/{id}", "/api/v1/cases/" + id + "?version=0", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/cases/{id}/suspects",
                        "/api/v1/cases/" + id + "/suspects",
                        "{\"fullName\":\"Người lạ\",\"role\":\"ACCOMPLICE\",\"ageGroup\":\"UNDER_18\",\"caseVersion\":0}",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/cases/{id}/suspects/{suspectId}",
                        "/api/v1/cases/" + id + "/suspects/" + suspectId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/cases/{id}/seizures",
                        "/api/v1/cases/" + id + "/seizures",
                        "{\"substance\":\"METH\",\"quantity\":2.5,\"unit\":\"KG\",\"caseVersion\":0}",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/cases/{id}/seizures/{seizureId}",
                        "/api/v1/cases/" + id + "/seizures/" + seizureId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/cases", "/cases?unit=11953&from=01/01/2025&to=31/12/2025", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/cases/new", "/cases/new", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cases",
                        "/cases?communeCode=11953&detectedOn=01/10/2025&agencyId=" + policeAgencyId
                                + "&summary=La&articles=249",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/cases/{id}", "/cases/" + id, Expect.SCOPED).in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cases/{id}/stage",
                        "/cases/" + id + "/stage?action=OPEN&on=05/09/2025&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cases/{id}/suspects",
                        "/cases/" + id + "/suspects?fullName=La&role=OTHER&ageGroup=OVER_30&caseVersion=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cases/{id}/seizures",
                        "/cases/" + id + "/seizures?substance=METH&quantity=3&unit=G&caseVersion=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/cases/{id}/edit", "/cases/" + id + "/edit", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/cases/summary",
                        "/api/v1/cases/summary?unit=11953&from=2025-01-01&to=2025-12-31",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.GET,
                        "/cases/summary",
                        "/cases/summary?unit=11953&from=01/01/2025&to=31/12/2025",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.GET,
                        "/cases/export",
                        "/cases/export?unit=11953&from=01/01/2025&to=31/12/2025&reason=Kiem+tra+bao+cao",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cases/{id}/edit",
                        "/cases/" + id + "/edit?communeCode=11953&detectedOn=01/10/2025&agencyId=" + policeAgencyId
                                + "&summary=La&articles=249&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cases/{id}/suspects/{suspectId}/delete",
                        "/cases/" + id + "/suspects/" + suspectId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cases/{id}/seizures/{seizureId}/delete",
                        "/cases/" + id + "/seizures/" + seizureId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        String v = String.valueOf(violationId);
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/violations",
                        "/api/v1/violations?unit=11953&from=2025-01-01&to=2025-12-31",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/violations/{id}", "/api/v1/violations/" + v, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, "/api/v1/violations", "/api/v1/violations", violation, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.PUT, "/api/v1/violations/{id}", "/api/v1/violations/" + v, violation, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/violations/{id}",
                        "/api/v1/violations/" + v + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        String violationPage = "communeCode=11953&decidedOn=01/10/2025&fullName=La&decisionNumber=2/QĐ"
                + "&behaviour=Su+dung&fine=500000";
        p.add(page(
                        HttpMethod.GET,
                        "/violations",
                        "/violations?unit=11953&from=01/01/2025&to=31/12/2025",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/violations/new", "/violations/new", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/violations", "/violations?" + violationPage, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/violations/{id}", "/violations/" + v, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/violations/{id}",
                        "/violations/" + v + "?" + violationPage + "&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/violations/{id}/delete", "/violations/" + v + "/delete?version=0", Expect.SCOPED)
                .in(Scope.COMMUNE));
    }

    private void cultivationProbes(List<Probe> p) {
        String plot = "{\"communeCode\":\"11953\",\"species\":\"CANNABIS\",\"areaM2\":10,\"plants\":5,"
                + "\"foundOn\":\"2026-01-01\",\"foundBy\":\"Công an\",\"version\":0}";
        String destroy = "{\"destroyedOn\":\"2026-01-02\",\"destroyedBy\":\"Tổ\",\"version\":0}";
        String replant = "{\"foundOn\":\"2026-01-02\",\"foundBy\":\"Tổ\",\"areaM2\":5,\"plants\":3}";
        String id = String.valueOf(plotId);
        String corrected = plot.replace("2026-01-01", "2025-01-01");
        String standing = "update cultivation_plot set destroyed_on = null, destroyed_by = null where id = " + id;
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/cultivation-plots",
                        "/api/v1/cultivation-plots?unit=11953&from=2025-01-01",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/cultivation-plots/{id}",
                        "/api/v1/cultivation-plots/" + id,
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, "/api/v1/cultivation-plots", "/api/v1/cultivation-plots", plot, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/cultivation-plots/{id}",
                        "/api/v1/cultivation-plots/" + id,
                        corrected,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/cultivation-plots/{id}/destruction",
                        "/api/v1/cultivation-plots/" + id + "/destruction",
                        destroy,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(standing));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/cultivation-plots/{id}/replanting",
                        "/api/v1/cultivation-plots/" + id + "/replanting",
                        replant,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/cultivation-plots/{id}",
                        "/api/v1/cultivation-plots/" + id + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
    }

    private void cultivationPageProbes(List<Probe> p) {
        String id = String.valueOf(plotId);
        String standing = "update cultivation_plot set destroyed_on = null, destroyed_by = null where id = " + id;
        p.add(page(HttpMethod.GET, "/cultivation", "/cultivation?unit=11953&from=01/01/2025", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/cultivation/new", "/cultivation/new", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cultivation",
                        "/cultivation?communeCode=11953&species=CANNABIS&areaM2=10&plants=5&foundOn=01/01/2026"
                                + "&foundBy=Cong+an",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/cultivation/{id}/destroy",
                        "/cultivation/" + id + "/destroy?destroyedOn=02/01/2026&destroyedBy=To&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(standing));
        p.add(page(
                        HttpMethod.POST,
                        "/cultivation/{id}/replant",
                        "/cultivation/" + id + "/replant?foundOn=02/01/2026&foundBy=To&areaM2=5&plants=3",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
    }

    private void businessProbes(List<Probe> p) {
        String id = String.valueOf(businessId);
        String business = "{\"communeCode\":\"11953\",\"kind\":\"KARAOKE\",\"name\":\"Lạ\",\"address\":\"Số 2\","
                + "\"ownerName\":\"Chủ\",\"version\":0}";
        String inspection = "{\"inspectedOn\":\"2026-01-02\",\"team\":\"Tổ\",\"violations\":[\"NO_GUEST_REGISTER\"],"
                + "\"result\":\"Biên bản\"}";
        String licence = "{\"action\":\"SUSPEND\",\"takenOn\":\"2026-01-02\",\"version\":0}";
        p.add(api(HttpMethod.GET, "/api/v1/businesses", "/api/v1/businesses?unit=11953", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/businesses/{id}", "/api/v1/businesses/" + id, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, "/api/v1/businesses", "/api/v1/businesses", business, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.PUT, "/api/v1/businesses/{id}", "/api/v1/businesses/" + id, business, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/businesses/{id}",
                        "/api/v1/businesses/" + id + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/businesses/{id}/inspections",
                        "/api/v1/businesses/" + id + "/inspections",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/businesses/{id}/inspections",
                        "/api/v1/businesses/" + id + "/inspections",
                        inspection,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/businesses/{id}/licence",
                        "/api/v1/businesses/" + id + "/licence",
                        licence,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        String unlinked = "update business_inspection set hotspot_id = null, version = 0 where id = " + inspectionId;
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/businesses/{id}/inspections/{inspectionId}/hotspot",
                        "/api/v1/businesses/" + id + "/inspections/" + inspectionId + "/hotspot",
                        "{\"hotspotId\":" + hotspotId + ",\"version\":0}",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(unlinked));
        p.add(page(
                        HttpMethod.POST,
                        "/businesses/{id}/inspections/{inspectionId}/hotspot",
                        "/businesses/" + id + "/inspections/" + inspectionId + "/hotspot?hotspotId=" + hotspotId
                                + "&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(unlinked));
        p.add(page(HttpMethod.GET, "/businesses", "/businesses?unit=11953", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/businesses",
                        "/businesses?communeCode=11953&kind=KARAOKE&name=La&address=So+2&ownerName=Chu",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/businesses/{id}", "/businesses/" + id, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/businesses/{id}/inspections",
                        "/businesses/" + id + "/inspections?inspectedOn=02/01/2026&team=To&result=Bien+ban"
                                + "&violations=NO_GUEST_REGISTER",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/businesses/{id}/licence",
                        "/businesses/" + id + "/licence?action=SUSPEND&takenOn=02/01/2026&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
    }

    /** The API and pages of a reference register of outreach (schools, zones, media) or of activities. */
    private void registerProbes(
            List<Probe> p, Scope scope, String api, String page, String list, long id, String json, String form) {
        String one = api + "/" + id;
        p.add(api(HttpMethod.GET, api, api + "?unit=" + list, null, Expect.SCOPED)
                .in(scope));
        p.add(api(HttpMethod.GET, api + "/{id}", one, null, Expect.SCOPED).in(scope));
        p.add(api(HttpMethod.POST, api, api, json, Expect.SCOPED_LIST).in(scope));
        p.add(api(HttpMethod.PUT, api + "/{id}", one, json, Expect.SCOPED).in(scope));
        p.add(api(HttpMethod.DELETE, api + "/{id}", one + "?version=0", null, Expect.SCOPED)
                .in(scope));
        p.add(page(HttpMethod.GET, page, page + "?unit=" + list, Expect.SCOPED_LIST)
                .in(scope));
        p.add(page(HttpMethod.POST, page, page + "?" + form, Expect.SCOPED_LIST).in(scope));
        p.add(page(HttpMethod.GET, page + "/{id}", page + "/" + id, Expect.SCOPED)
                .in(scope));
        p.add(page(HttpMethod.POST, page + "/{id}", page + "/" + id + "?version=0&" + form, Expect.SCOPED)
                .in(scope));
        p.add(page(HttpMethod.POST, page + "/{id}/delete", page + "/" + id + "/delete?version=0", Expect.SCOPED)
                .in(scope));
    }

    private void outreachProbes(List<Probe> p) {
        registerProbes(
                p,
                Scope.COMMUNE,
                "/api/v1/schools",
                "/outreach/schools",
                "11953",
                schoolId,
                "{\"communeCode\":\"11953\",\"name\":\"Trường Lạ\",\"level\":\"PRIMARY\",\"version\":0}",
                "communeCode=11953&name=Truong+La&level=PRIMARY");
        registerProbes(
                p,
                Scope.COMMUNE,
                "/api/v1/industrial-zones",
                "/outreach/zones",
                "11953",
                zoneId,
                "{\"name\":\"Khu Lạ\",\"communeCodes\":[\"11953\"],\"workers\":10,"
                        + "\"workersCountedOn\":\"2026-01-01\",\"version\":0}",
                "name=Khu+La&communeCodes=11953&workers=10&workersCountedOn=01/01/2026");
        registerProbes(
                p,
                Scope.PROVINCE,
                "/api/v1/media",
                "/outreach/media",
                "33",
                mediumId,
                "{\"provinceCode\":\"33\",\"name\":\"Báo Lạ\",\"kind\":\"TV\",\"major\":true,"
                        + "\"columnSince\":\"2025-01-01\",\"version\":0}",
                "provinceCode=33&name=Bao+La&kind=TV&major=true&columnSince=01/01/2025");
        String id = String.valueOf(activityId);
        String activity = "{\"heldOn\":\"2026-01-02\",\"form\":\"TALK\",\"audience\":\"GENERAL\","
                + "\"title\":\"Lạ\",\"communeCodes\":[\"11953\"],\"schoolIds\":[" + schoolId + "],"
                + "\"zoneIds\":[" + zoneId + "],\"version\":0}";
        String form = "heldOn=02/01/2026&form=TALK&audience=GENERAL&title=La&communeCodes=11953&schoolIds=" + schoolId;
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/outreach-activities",
                        "/api/v1/outreach-activities?unit=11953&from=2026-01-01&to=2026-12-31",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/outreach-activities/{id}",
                        "/api/v1/outreach-activities/" + id,
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/outreach-activities",
                        "/api/v1/outreach-activities",
                        activity,
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/outreach-activities/{id}",
                        "/api/v1/outreach-activities/" + id,
                        activity,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/outreach-activities/{id}",
                        "/api/v1/outreach-activities/" + id + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.GET,
                        "/outreach",
                        "/outreach?unit=11953&from=01/01/2026&to=31/12/2026",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        // the new form lists the province's agencies and media: a page of one's own province
        p.add(page(HttpMethod.GET, "/outreach/new", "/outreach/new", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/outreach", "/outreach?" + form, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/outreach/{id}", "/outreach/" + id, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/outreach/{id}/edit", "/outreach/" + id + "/edit", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/outreach/{id}", "/outreach/" + id + "?version=0&" + form, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/outreach/{id}/delete", "/outreach/" + id + "/delete?version=0", Expect.SCOPED)
                .in(Scope.COMMUNE));
    }

    private void legalAidProbes(List<Probe> p) {
        String id = String.valueOf(legalAidId);
        String request = "{\"communeCode\":\"11953\",\"personId\":" + personId + ",\"requestedOn\":\"2026-01-01\","
                + "\"subject\":\"Lạ\",\"eligible\":true,\"version\":0}";
        String answer =
                "{\"eligible\":true,\"servedOn\":\"2026-01-03\",\"providerName\":\"Trung tâm\"," + "\"version\":0}";
        String form = "communeCode=11953&requestedOn=01/01/2026&subject=La&eligible=true";
        String api = "/api/v1/legal-aid-requests";
        p.add(api(HttpMethod.GET, api, api + "?unit=11953&from=2026-01-01&to=2026-12-31", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, api + "/{id}", api + "/" + id, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, api, api, request, Expect.SCOPED_LIST).in(Scope.COMMUNE));
        p.add(api(HttpMethod.PUT, api + "/{id}", api + "/" + id, request, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, api + "/{id}/answer", api + "/" + id + "/answer", answer, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.DELETE, api + "/{id}", api + "/" + id + "?version=0", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.GET,
                        "/legal-aid",
                        "/legal-aid?unit=11953&from=01/01/2026&to=31/12/2026",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        // the new form lists the province's agencies: a page of one's own province
        p.add(page(HttpMethod.GET, "/legal-aid/new", "/legal-aid/new", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/legal-aid", "/legal-aid?" + form, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/legal-aid/{id}", "/legal-aid/" + id, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/legal-aid/{id}/edit", "/legal-aid/" + id + "/edit", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/legal-aid/{id}", "/legal-aid/" + id + "?version=0&" + form, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/legal-aid/{id}/answer",
                        "/legal-aid/" + id + "/answer?eligible=true&servedOn=03/01/2026&providerName=TT&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/legal-aid/{id}/delete", "/legal-aid/" + id + "/delete?version=0", Expect.SCOPED)
                .in(Scope.COMMUNE));
    }

    /** Commune police and committee read facilities; the standing office (and health workers) edit them. */
    private void facilityProbes(List<Probe> p) {
        String id = String.valueOf(facilityId);
        String facility = "{\"communeCode\":\"11953\",\"kind\":\"PUBLIC_REHAB\",\"name\":\"Lạ\","
                + "\"validFrom\":\"2025-07-01\",\"version\":0}";
        String qualification = "{\"kind\":\"DETERMINE_ADDICTION\",\"since\":\"2025-08-01\",\"version\":0}";
        String assessment = "{\"criterion\":\"PREMISES\",\"assessedOn\":\"2025-08-01\",\"met\":true,\"version\":0}";
        String form = "communeCode=11953&kind=PUBLIC_REHAB&name=La&validFrom=01/07/2025";
        String api = "/api/v1/facilities";
        String one = api + "/" + id;
        p.add(api(HttpMethod.GET, api, api + "?unit=11953", null, Expect.SCOPED).in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, api + "/{id}", one, null, Expect.SCOPED).in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, api, api, facility, Expect.SCOPED_LIST).in(Scope.PROVINCE));
        p.add(api(HttpMethod.PUT, api + "/{id}", one, facility, Expect.SCOPED).in(Scope.PROVINCE));
        p.add(api(HttpMethod.DELETE, api + "/{id}", one + "?version=0", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, api + "/{id}/qualifications", one + "/qualifications", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, api + "/{id}/qualifications", one + "/qualifications", qualification, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        api + "/{id}/qualifications/{qualificationId}",
                        one + "/qualifications/" + qualificationId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, api + "/{id}/assessments", one + "/assessments", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, api + "/{id}/assessments", one + "/assessments", assessment, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        api + "/{id}/assessments/{assessmentId}",
                        one + "/assessments/" + assessmentId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/facilities", "/facilities?unit=11953", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/facilities/new", "/facilities/new", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/facilities", "/facilities?" + form, Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/facilities/{id}", "/facilities/" + id, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/facilities/{id}/edit", "/facilities/" + id + "/edit", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/facilities/{id}", "/facilities/" + id + "?version=0&" + form, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/facilities/{id}/qualifications",
                        "/facilities/" + id + "/qualifications?kind=DETERMINE_ADDICTION&since=01/08/2025&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/facilities/{id}/qualifications/{qualificationId}/delete",
                        "/facilities/" + id + "/qualifications/" + qualificationId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/facilities/{id}/assessments",
                        "/facilities/" + id
                                + "/assessments?criterion=PREMISES&assessedOn=01/08/2025&met=true&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/facilities/{id}/assessments/{assessmentId}/delete",
                        "/facilities/" + id + "/assessments/" + assessmentId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/facilities/{id}/delete", "/facilities/" + id + "/delete?version=0", Expect.SCOPED)
                .in(Scope.PROVINCE));
        placementProbes(p);
    }

    /**
     * People placed at a rehab facility (ADR 043): its staff see them and admit, transfer, discharge; the standing
     * office too; nobody else, not the staff of another facility. The staff also read the placed person's record.
     */
    private void placementProbes(List<Probe> p) {
        String id = String.valueOf(placementFacilityId);
        java.time.LocalDate today = java.time.LocalDate.now(VIETNAM);
        String dmy = today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String api = "/api/v1/facilities/" + id;
        String admission = "{\"personId\":" + duplicateId + ",\"form\":\"VOLUNTARY_FACILITY\",\"startDate\":\""
                + today.minusDays(2) + "\",\"plannedEndDate\":\""
                + today.minusDays(2).plusMonths(6) + "\"}";
        String discharge = "{\"date\":\"" + today + "\",\"reason\":\"ABSCONDED\",\"version\":0}";
        String transfer = "{\"date\":\"" + today + "\",\"toFacilityId\":" + otherFacilityId + ",\"version\":0}";
        p.add(api(HttpMethod.GET, "/api/v1/facilities/{id}/occupancy", api + "/occupancy", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/facilities/{id}/placements", api + "/placements", null, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
        p.add(api(HttpMethod.POST, "/api/v1/facilities/{id}/placements", api + "/placements", admission, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/placements/{episodeId}/discharge",
                        "/api/v1/placements/" + placementId + "/discharge",
                        discharge,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/placements/{episodeId}/transfer",
                        "/api/v1/placements/" + placementId + "/transfer",
                        transfer,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
        p.add(page(HttpMethod.GET, "/facilities/{id}/placements", "/facilities/" + id + "/placements", Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
        p.add(page(
                        HttpMethod.POST,
                        "/facilities/{id}/placements",
                        "/facilities/" + id + "/placements?personId=" + duplicateId
                                + "&form=VOLUNTARY_FACILITY&startDate=" + dmy + "&plannedEndDate="
                                + today.plusMonths(6)
                                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/placements/{episodeId}/discharge",
                        "/placements/" + placementId + "/discharge?facility=" + id + "&date=" + dmy
                                + "&reason=ABSCONDED&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
        p.add(page(
                        HttpMethod.POST,
                        "/placements/{episodeId}/transfer",
                        "/placements/" + placementId + "/transfer?facility=" + id + "&date=" + dmy + "&toFacilityId="
                                + otherFacilityId + "&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
        // the staff read the record of the person placed at their facility, and the facility itself
        p.add(page(HttpMethod.GET, "/people/{id}", "/people/" + personId, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
        p.add(api(HttpMethod.GET, "/api/v1/people/{id}", "/api/v1/people/" + personId, null, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
        p.add(page(HttpMethod.GET, "/facilities/{id}", "/facilities/" + id, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by(FACILITY_STAFF));
    }

    /**
     * Substitution treatment (ADR 044): commune police read the patients of their commune; the standing office (and
     * health workers) record, stop, transfer, correct and delete. A new episode is the duplicate's (no open one).
     */
    private void substitutionProbes(List<Probe> p) {
        String id = String.valueOf(treatmentId);
        String api = "/api/v1/substitution/episodes";
        String one = api + "/" + id;
        String create = "{\"personId\":" + duplicateId + ",\"clinicId\":" + clinicId
                + ",\"startDate\":\"2026-01-05\",\"medicine\":\"METHADONE\"}";
        String update = "{\"personId\":" + personId + ",\"clinicId\":" + clinicId
                + ",\"startDate\":\"2025-09-01\",\"medicine\":\"BUPRENORPHINE\",\"doseRegime\":\"8 mg\","
                + "\"version\":0}";
        String stop = "{\"stopDate\":\"2026-01-02\",\"reason\":\"QUIT\",\"version\":0}";
        String transfer = "{\"date\":\"2026-01-02\",\"clinicId\":" + otherClinicId + ",\"version\":0}";
        p.add(api(HttpMethod.GET, api, api + "?unit=11953", null, Expect.SCOPED).in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, api + "/{id}", one, null, Expect.SCOPED).in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, api, api, create, Expect.SCOPED_LIST).in(Scope.PROVINCE));
        p.add(api(HttpMethod.PUT, api + "/{id}", one, update, Expect.SCOPED).in(Scope.PROVINCE));
        p.add(api(HttpMethod.POST, api + "/{id}/stop", one + "/stop", stop, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.POST, api + "/{id}/transfer", one + "/transfer", transfer, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.DELETE, api + "/{id}", one + "?version=0", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        String page = "/substitution/episodes/" + id;
        p.add(page(HttpMethod.GET, "/substitution", "/substitution?unit=11953", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/substitution/new", "/substitution/new", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/substitution",
                        "/substitution?personId=" + duplicateId + "&clinicId=" + clinicId
                                + "&startDate=05/01/2026&medicine=METHADONE",
                        Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/substitution/people/{personId}", "/substitution/people/" + personId, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/substitution/episodes/{id}", page, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/substitution/episodes/{id}/edit", page + "/edit", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/substitution/episodes/{id}",
                        page + "?personId=" + personId + "&clinicId=" + clinicId
                                + "&startDate=01/09/2025&medicine=BUPRENORPHINE&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/substitution/episodes/{id}/stop",
                        page + "/stop?stopDate=02/01/2026&reason=QUIT&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/substitution/episodes/{id}/transfer",
                        page + "/transfer?date=02/01/2026&clinicId=" + otherClinicId + "&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/substitution/episodes/{id}/delete", page + "/delete?version=0", Expect.SCOPED)
                .in(Scope.PROVINCE));
        // corrections of a stop (ADR 053): the fixture's episode stopped first
        String stopped =
                "update substitution_episode set stop_date = '2026-01-02', stop_reason = 'QUIT' where id = " + id;
        p.add(api(
                        HttpMethod.PUT,
                        api + "/{id}/stop",
                        one + "/stop",
                        "{\"stopDate\":\"2026-01-03\",\"reason\":\"COMPLETED\",\"version\":0}",
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(stopped));
        p.add(page(
                        HttpMethod.POST,
                        "/substitution/episodes/{id}/stop/correct",
                        page + "/stop/correct?stopDate=03/01/2026&reason=COMPLETED&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(stopped));
        // the pickers (ADR 053): people of the user's jurisdiction; facilities of their province
        p.add(page(HttpMethod.GET, "/people/picker", "/people/picker?q=bi+mat", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/people/picker", "/people/picker?q=" + personId, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/facilities/picker", "/facilities/picker?q=bi+mat", Expect.REFERENCE)
                .in(Scope.NONE));
        // dispensing (ADR 053)
        String dose = "{\"date\":\"2026-01-02\",\"doseMg\":60}";
        p.add(api(HttpMethod.GET, api + "/{id}/dispensings", one + "/dispensings?from=2025-01-01", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.POST, api + "/{id}/dispensings", one + "/dispensings", dose, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/substitution/dispensings/{id}",
                        "/api/v1/substitution/dispensings/" + dispensingId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/substitution/episodes/{id}/dispensings", page + "/dispensings", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/substitution/episodes/{id}/dispensings",
                        page + "/dispensings?date=02/01/2026&doseMg=60",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/substitution/dispensings/{id}/delete",
                        "/substitution/dispensings/" + dispensingId + "/delete?episode=" + id + "&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        // counselling (ADR 053)
        String session = "{\"date\":\"2026-01-02\",\"facilityId\":" + clinicId
                + ",\"kind\":\"INDIVIDUAL\",\"topic\":\"TREATMENT\"}";
        p.add(page(HttpMethod.GET, "/counselling", "/counselling?unit=11953&from=01/01/2025", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/people/{id}/counselling", "/people/" + personId + "/counselling", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/people/{id}/counselling",
                        "/people/" + personId + "/counselling?date=02/01/2026&facilityId=" + clinicId
                                + "&kind=INDIVIDUAL&topic=TREATMENT",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/counselling/{id}/delete",
                        "/counselling/" + counsellingId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/counselling-sessions",
                        "/api/v1/counselling-sessions?unit=11953&from=2025-01-01",
                        null,
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/people/{id}/counselling-sessions",
                        "/api/v1/people/" + personId + "/counselling-sessions",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/people/{id}/counselling-sessions",
                        "/api/v1/people/" + personId + "/counselling-sessions",
                        session,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/counselling-sessions/{id}",
                        "/api/v1/counselling-sessions/" + counsellingId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
    }

    /** A sheet of one row under the given headers, as the list imports read it (ADR 048). */
    private static byte[] listSheet(int columns, String... row) {
        try {
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                headers.add("Cột " + c);
            }
            return vn.pcmt.platform.Workbooks.write("Walk", null, headers, List.of(List.of(row)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The Excel import and export of the facility and outreach lists (ADR 048): the import writes each row through
     * the register's service, so a row naming Hưng Yên is refused to an outsider; the export reads a unit's list.
     */
    private void listProbes(List<Probe> p) {
        p.add(page(HttpMethod.GET, "/facilities/import", "/facilities/import", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/facilities/import/template", "/facilities/import/template", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/facilities/import", "/facilities/import", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE)
                .file(new MockMultipartFile(
                        "file",
                        "walk.xlsx",
                        XLSX,
                        listSheet(
                                13,
                                "11953",
                                "HEALTH_STATION",
                                "Trạm Lạ",
                                "có",
                                "",
                                "",
                                "01/07/2025",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "")))
                .renders("lists/import"));
        p.add(page(
                        HttpMethod.GET,
                        "/facilities/export",
                        "/facilities/export?unit=11953&reason=Kiem+tra+danh+sach",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        java.util.Map<String, byte[]> sheets = java.util.Map.of(
                "schools", listSheet(5, "11953", "Trường Lạ", "PRIMARY", "", ""),
                "zones", listSheet(4, "Khu Lạ", "11953", "100", "01/07/2025"),
                "media", listSheet(6, "33", "Báo Lạ", "TV", "có", "", ""),
                "activities",
                        listSheet(
                                11, "11953", "01/07/2025", "TALK", "GENERAL", "Hoạt động Lạ", "", "", "", "", "", ""));
        // the import API (ADR 052): a row naming Hưng Yên is a problem of its row for an outsider
        java.util.Map<String, String> apis = new java.util.LinkedHashMap<>();
        apis.put("schools", "/api/v1/schools/import");
        apis.put("zones", "/api/v1/industrial-zones/import");
        apis.put("media", "/api/v1/media/import");
        apis.put("activities", "/api/v1/outreach-activities/import");
        apis.forEach((list, url) -> p.add(api(HttpMethod.POST, url, url, null, Expect.SCOPED_LIST)
                .in(list.equals("media") ? Scope.PROVINCE : Scope.COMMUNE)
                .file(new MockMultipartFile("file", "walk.xlsx", XLSX, sheets.get(list)))
                .refusedAs("listImport.failed.rows")));
        p.add(api(HttpMethod.POST, "/api/v1/facilities/import", "/api/v1/facilities/import", null, Expect.SCOPED_LIST)
                .in(Scope.PROVINCE)
                .file(new MockMultipartFile(
                        "file",
                        "walk.xlsx",
                        XLSX,
                        listSheet(
                                13,
                                "11953",
                                "HEALTH_STATION",
                                "Trạm Lạ API",
                                "có",
                                "",
                                "",
                                "01/07/2025",
                                "",
                                "",
                                "",
                                "",
                                "",
                                "")))
                .refusedAs("listImport.failed.rows"));
        for (String list : List.of("schools", "zones", "media", "activities")) {
            Scope scope = list.equals("media") ? Scope.PROVINCE : Scope.COMMUNE;
            String path = "/outreach/" + list;
            p.add(page(HttpMethod.GET, path + "/import", path + "/import", Expect.SCOPED_LIST)
                    .in(scope));
            p.add(page(HttpMethod.GET, path + "/import/template", path + "/import/template", Expect.SCOPED_LIST)
                    .in(scope));
            p.add(page(HttpMethod.POST, path + "/import", path + "/import", Expect.SCOPED_LIST)
                    .in(scope)
                    .file(new MockMultipartFile("file", "walk.xlsx", XLSX, sheets.get(list)))
                    .renders("lists/import"));
            if (list.equals("activities")) {
                continue;
            }
            p.add(page(
                            HttpMethod.GET,
                            path + "/export",
                            path + "/export?unit=" + (list.equals("media") ? "33" : "11953")
                                    + "&reason=Kiem+tra+danh+sach",
                            Expect.SCOPED)
                    .in(list.equals("media") ? Scope.PROVINCE : Scope.COMMUNE));
        }
    }

    private void localityProbes(List<Probe> p) {
        String id = String.valueOf(localityId);
        String selection = "{\"communeCode\":\"11953\",\"decisionNumber\":\"1/QĐ\",\"decisionDate\":\"2026-01-01\","
                + "\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\",\"reasons\":\"X\"}";
        String dated = "{\"on\":\"2026-01-02\",\"decision\":\"2/QĐ\",\"reason\":\"X\",\"version\":0}";
        String figures = "{\"communeCode\":\"11953\",\"year\":2026,\"population\":100,\"version\":0}";
        // the fixture's locality is still complex: selecting the commune again or "complex again" follow a
        // transformation
        String transformed = "update key_locality set transformed_on = '2025-12-01', transformed_decision = 'X'"
                + " where transformed_on is null and unit_id = (select id from admin_unit where code = '11953'"
                + " and valid_to is null)";
        p.add(page(HttpMethod.GET, "/localities", "/localities?unit=11953", Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/localities",
                        "/localities?communeCode=11953&decisionNumber=1&decisionDate=01/01/2026&periodFrom=01/01/2026"
                                + "&periodTo=31/12/2026&reasons=X",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(transformed));
        p.add(page(HttpMethod.GET, "/localities/{id}", "/localities/" + id, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/localities/{id}/transform",
                        "/localities/" + id + "/transform?on=02/01/2026&decision=X&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/localities/{id}/complex-again",
                        "/localities/" + id + "/complex-again?on=02/01/2026&reason=X&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(transformed));
        p.add(page(HttpMethod.POST, "/localities/{id}/tasks", "/localities/" + id + "/tasks?text=X", Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/localities/{id}/tasks/{taskId}/done",
                        "/localities/" + id + "/tasks/" + taskId + "/done?on=02/01/2026&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.GET,
                        "/localities/classification",
                        "/localities/classification?unit=33&year=2026",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/localities/figures",
                        "/localities/figures?communeCode=11953&year=2026&population=100&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/localities/classification/confirm",
                        "/localities/classification/confirm?communeCode=11953&year=2026&decisionNumber=1&decisionDate=01/01/2026",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(transformed));
        p.add(api(HttpMethod.GET, "/api/v1/key-localities", "/api/v1/key-localities?unit=11953", null, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/key-localities/stats",
                        "/api/v1/key-localities/stats?unit=11953",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(HttpMethod.GET, "/api/v1/key-localities/{id}", "/api/v1/key-localities/" + id, null, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(HttpMethod.POST, "/api/v1/key-localities", "/api/v1/key-localities", selection, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(transformed));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/key-localities/{id}/transformation",
                        "/api/v1/key-localities/" + id + "/transformation",
                        dated,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/key-localities/{id}/complex-again",
                        "/api/v1/key-localities/" + id + "/complex-again",
                        dated,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(transformed));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/localities/classification",
                        "/api/v1/localities/classification?unit=33&year=2026",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/localities/thresholds",
                        "/api/v1/localities/thresholds",
                        null,
                        Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(HttpMethod.PUT, "/api/v1/localities/figures", "/api/v1/localities/figures", figures, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
    }

    private void drugFreeProbes(List<Probe> p) {
        String programme = String.valueOf(programmeId);
        String entry = String.valueOf(entryId);
        String pages = "/drug-free/entries/" + entry;
        String apis = "/api/v1/drug-free/entries/" + entry;
        // the fixture's entry is recognised; the steps before that start from the state they need
        String registered = "update drugfree_commune set status = 'REGISTERED' where id = " + entry;
        String selfAssessed = "update drugfree_commune set status = 'SELF_ASSESSED' where id = " + entry
                + ";insert into drugfree_assessment (commune_id, kind, assessed_on, all_met, by_user)"
                + " values (" + entry + ", 'SELF', '2026-01-02', true, 'xa1')";
        String submitted = "update drugfree_commune set status = 'SUBMITTED' where id = " + entry;
        String appraised = "update drugfree_commune set status = 'APPRAISED' where id = " + entry;
        String newProgramme =
                "{\"provinceCode\":\"33\",\"name\":\"X\",\"criteriaSetId\":1,\"startsOn\":\"2026-01-01\"}";
        String registration = "{\"communeCode\":\"11953\",\"on\":\"2026-01-02\"}";
        String self = "{\"on\":\"2026-01-02\",\"version\":0}";
        String appraisal = "{\"on\":\"2026-01-02\",\"comment\":\"X\",\"version\":0}";
        String decision = "{\"on\":\"2026-01-02\",\"text\":\"X\",\"version\":0}";
        p.add(page(HttpMethod.GET, "/drug-free", "/drug-free?province=33", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/programmes",
                        "/drug-free/programmes?provinceCode=33&name=X&criteriaSetId=1&startsOn=01/01/2026",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.GET,
                        "/drug-free/programmes/{id}",
                        "/drug-free/programmes/" + programme,
                        Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        String firstRevision = "update drugfree_programme set criteria_set_id = " + firstRevisionId
                + ", version = 0 where id = " + movingProgrammeId;
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/programmes/{id}/criteria-set",
                        "/drug-free/programmes/" + movingProgrammeId + "/criteria-set?criteriaSetId=" + secondRevisionId
                                + "&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(firstRevision));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/programmes/{id}/criteria-set",
                        "/api/v1/drug-free/programmes/" + movingProgrammeId + "/criteria-set",
                        "{\"criteriaSetId\":" + secondRevisionId + ",\"version\":0}",
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(firstRevision));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/programmes/{id}/communes",
                        "/drug-free/programmes/" + emptyProgrammeId + "/communes?communeCode=11953&on=02/01/2026",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/drug-free/entries/{id}", pages, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/entries/{id}/self-assessment",
                        pages + "/self-assessment?on=02/01/2026&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(registered));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/entries/{id}/submission",
                        pages + "/submission?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(selfAssessed));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/entries/{id}/appraisal",
                        pages + "/appraisal?on=02/01/2026&comment=X&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(submitted));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/entries/{id}/recognition",
                        pages + "/recognition?on=02/01/2026&decision=X&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(appraised));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/entries/{id}/review",
                        pages + "/review?on=02/01/2026&comment=X&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/entries/{id}/revocation",
                        pages + "/revocation?on=02/01/2026&reason=X&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/entries/{id}/alerts/{alertId}/close",
                        pages + "/alerts/" + alertId + "/close?note=X",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/drug-free/criteria-sets",
                        "/api/v1/drug-free/criteria-sets",
                        null,
                        Expect.REFERENCE)
                .in(Scope.NONE));
        // groups of units, unit attributes and criteria sets (issue 16)
        String group = "{\"provinceCode\":\"33\",\"name\":\"Nhóm lạ\",\"attribute\":\"BORDER\","
                + "\"validFrom\":\"2026-01-01\",\"version\":0}";
        String newAttribute = "{\"unitCode\":\"11953\",\"attribute\":\"COASTAL\",\"validFrom\":\"2026-01-01\"}";
        String attribute = "{\"unitCode\":\"11953\",\"attribute\":\"BORDER\",\"validFrom\":\"2025-07-01\","
                + "\"validTo\":\"2026-12-31\",\"version\":0}";
        String set = "{\"provinceCode\":\"33\",\"code\":\"WALK-NEW\",\"name\":\"Bộ lạ\",\"validFrom\":\"2026-01-01\","
                + "\"source\":\"QĐ\",\"criteria\":[{\"code\":\"A\",\"text\":\"Tiêu chí\",\"method\":\"MANUAL_ZERO\"}]}";
        String setForm = "provinceCode=33&name=X&validFrom=01/01/2026&source=X&criteria[0].code=A"
                + "&criteria[0].text=X&criteria[0].method=MANUAL_ZERO";
        p.add(page(HttpMethod.GET, "/unit-groups", "/unit-groups?province=33", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/unit-groups",
                        "/unit-groups?provinceCode=33&name=Nhom+la&attribute=BORDER&validFrom=01/01/2026",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/unit-groups/{id}", "/unit-groups/" + groupId, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/unit-groups/{id}",
                        "/unit-groups/" + groupId
                                + "?provinceCode=33&name=Nhom+la&attribute=BORDER&validFrom=01/01/2026&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/unit-groups/{id}/delete",
                        "/unit-groups/" + groupId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/unit-attributes",
                        "/unit-attributes?province=33&unitCode=11953&attribute=COASTAL&validFrom=01/01/2026",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/unit-attributes/{id}/delete",
                        "/unit-attributes/" + attributeId + "/delete?province=33&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.GET,
                        "/drug-free/criteria-sets",
                        "/drug-free/criteria-sets?province=33",
                        Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.GET,
                        "/drug-free/criteria-sets/new",
                        "/drug-free/criteria-sets/new?province=33",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/criteria-sets",
                        "/drug-free/criteria-sets?code=WALK-PAGE&" + setForm,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/drug-free/criteria-sets/{id}", "/drug-free/criteria-sets/" + setId, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/criteria-sets/{id}/revisions",
                        "/drug-free/criteria-sets/" + setId + "/revisions?code=WALK&" + setForm,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/criteria-sets/{id}/copy",
                        "/drug-free/criteria-sets/" + setId + "/copy?province=33&code=WALK-COPY",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/criteria-sets/{id}/delete",
                        "/drug-free/criteria-sets/" + setId + "/delete",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/unit-groups", "/api/v1/unit-groups?province=33", null, Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/unit-groups/{id}", "/api/v1/unit-groups/" + groupId, null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/unit-groups/{id}/units",
                        "/api/v1/unit-groups/" + groupId + "/units?date=2026-01-01",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.POST, "/api/v1/unit-groups", "/api/v1/unit-groups", group, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.PUT, "/api/v1/unit-groups/{id}", "/api/v1/unit-groups/" + groupId, group, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/unit-groups/{id}",
                        "/api/v1/unit-groups/" + groupId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/unit-attributes",
                        "/api/v1/unit-attributes?province=33",
                        null,
                        Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.POST, "/api/v1/unit-attributes", "/api/v1/unit-attributes", newAttribute, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/unit-attributes/{id}",
                        "/api/v1/unit-attributes/" + attributeId,
                        attribute,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/unit-attributes/{id}",
                        "/api/v1/unit-attributes/" + attributeId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/drug-free/criteria-sets/of-province",
                        "/api/v1/drug-free/criteria-sets/of-province?province=33",
                        null,
                        Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/drug-free/criteria-sets/{id}",
                        "/api/v1/drug-free/criteria-sets/" + setId,
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/criteria-sets",
                        "/api/v1/drug-free/criteria-sets",
                        set,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/criteria-sets/{id}/copy",
                        "/api/v1/drug-free/criteria-sets/" + setId + "/copy",
                        "{\"provinceCode\":\"33\",\"code\":\"WALK-COPY\"}",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/criteria-sets/{id}/revisions",
                        "/api/v1/drug-free/criteria-sets/" + setId + "/revisions",
                        set,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/drug-free/criteria-sets/{id}",
                        "/api/v1/drug-free/criteria-sets/" + setId,
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/drug-free/programmes",
                        "/api/v1/drug-free/programmes?province=33",
                        null,
                        Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/programmes",
                        "/api/v1/drug-free/programmes",
                        newProgramme,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/drug-free/programmes/{id}/communes",
                        "/api/v1/drug-free/programmes/" + programme + "/communes",
                        null,
                        Expect.SCOPED_LIST)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/drug-free/programmes/{id}/figures",
                        "/api/v1/drug-free/programmes/" + programme + "/figures",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/programmes/{id}/communes",
                        "/api/v1/drug-free/programmes/" + emptyProgrammeId + "/communes",
                        registration,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/drug-free/communes/{code}/assessment",
                        "/api/v1/drug-free/communes/11953/assessment",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/drug-free/entries/{id}", apis, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/entries/{id}/self-assessment",
                        apis + "/self-assessment",
                        self,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(registered));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/entries/{id}/submission",
                        apis + "/submission?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(selfAssessed));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/entries/{id}/appraisal",
                        apis + "/appraisal",
                        appraisal,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(submitted));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/entries/{id}/recognition",
                        apis + "/recognition",
                        decision,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh")
                .given(appraised));
        for (String step : List.of("review", "revocation")) {
            p.add(api(
                            HttpMethod.POST,
                            "/api/v1/drug-free/entries/{id}/" + step,
                            apis + "/" + step,
                            decision,
                            Expect.SCOPED)
                    .in(Scope.COMMUNE)
                    .by("tinh"));
        }
        p.add(api(HttpMethod.GET, "/api/v1/drug-free/alerts", "/api/v1/drug-free/alerts", null, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/drug-free/entries/{id}/evidence",
                        pages + "/evidence?criterionId=" + manualCriterionId,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(registered)
                .file(pdf("file")));
        p.add(page(
                        HttpMethod.GET,
                        "/drug-free/entries/{id}/evidence/{evidenceId}",
                        pages + "/evidence/" + evidenceId,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/drug-free/entries/{id}/evidence", apis + "/evidence", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/drug-free/entries/{id}/evidence",
                        apis + "/evidence?criterionId=" + manualCriterionId,
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .given(registered)
                .file(pdf("file")));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/drug-free/entries/{id}/evidence/{evidenceId}",
                        apis + "/evidence/" + evidenceId,
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
    }

    /** A register of one person of Phường Phố Hiến in Excel: name, year of birth, sex, commune. */
    /** The case list import (ADR 045) and the supply map. */
    private void caseImportProbes(List<Probe> p) {
        byte[] sheet = caseSheet();
        p.add(page(HttpMethod.GET, "/cases/import", "/cases/import", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/cases/import/template", "/cases/import/template", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/cases/import", "/cases/import", Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .file(new MockMultipartFile("file", "walk.xlsx", XLSX, sheet))
                .renders("cases/import-map"));
        p.add(page(
                        HttpMethod.POST,
                        "/cases/import/run",
                        "/cases/import/run?field_DETECTED_ON=0&field_COMMUNE_CODE=1&field_AGENCY=2"
                                + "&field_SUMMARY=3&field_ARTICLES=4",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .session("pcmt.cases.import.file", sheet)
                .renders("cases/import-report"));
        p.add(api(HttpMethod.POST, "/api/v1/cases/import", "/api/v1/cases/import", null, Expect.SCOPED_LIST)
                .in(Scope.COMMUNE)
                .file(new MockMultipartFile("file", "walk.xlsx", XLSX, sheet))
                .refusedAs("caseImport.failed.rows"));
        p.add(page(
                        HttpMethod.GET,
                        "/cases/map",
                        "/cases/map?unit=11953&from=01/01/2025&to=31/12/2025",
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
    }

    /** A case list of one case of Phường Phố Hiến, its columns named as the template names them. */
    private static byte[] caseSheet() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Vụ án");
            String[][] rows = {
                {
                    "Ngày phát hiện",
                    "Mã xã nơi phát hiện",
                    "Cơ quan phát hiện",
                    "Tóm tắt vụ việc",
                    "Điều của Bộ luật Hình sự"
                },
                {"01/10/2025", "11953", "Công an tỉnh", "Vụ nhập lạ", "249"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run of xa1's (of a file with a problem: nothing written), once for the walk: its id. */
    private String importJob() {
        if (importJob == null) {
            var details = userDetails.loadUserByUsername("xa1");
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(
                            org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                    .authenticated(details, null, details.getAuthorities()));
            try {
                var mapping = new java.util.EnumMap<vn.pcmt.people.internal.ImportField, Integer>(
                        vn.pcmt.people.internal.ImportField.class);
                mapping.put(vn.pcmt.people.internal.ImportField.FULL_NAME, 0);
                mapping.put(vn.pcmt.people.internal.ImportField.SEX, 2);
                mapping.put(vn.pcmt.people.internal.ImportField.RESIDENCE_COMMUNE_CODE, 3);
                var run = importJobs.start(badImportSheet(), mapping, 1);
                importJobs.await(run, java.time.Duration.ofSeconds(30));
                importJob = run.id();
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        }
        return importJob;
    }

    /** A file of one row without a birth: an import of it writes nothing. */
    private static byte[] badImportSheet() {
        return peopleSheet(new String[] {"Trần Văn Lỗi", "", "Nam", "11953"});
    }

    private static byte[] importSheet() {
        return peopleSheet(new String[] {"Trần Văn Nhập", "1991", "Nam", "11953"});
    }

    /** An .xlsx of people under the headings name, birth, sex, commune code, with the given rows. */
    private static byte[] peopleSheet(String[]... people) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đối tượng");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"Họ và tên", "Năm sinh", "Giới tính", "Mã xã nơi ở"});
            rows.addAll(List.of(people));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small valid PDF as the named part of a multipart request. */
    private static MockMultipartFile pdf(String part) {
        return new MockMultipartFile(
                part, "walk.pdf", "application/pdf", "%PDF-1.4\n%walk\n".getBytes(StandardCharsets.US_ASCII));
    }

    private void figureProbes(List<Probe> p) {
        String id = String.valueOf(manualMetricId);
        String figure = String.valueOf(figureId);
        String definition = "{\"code\":\"manual.walk\",\"name\":\"X\",\"kind\":\"FLOW\",\"unit\":\"vụ\"}";
        // a declared metric keeps its code
        String redefinition = definition.replace("manual.walk", manualMetricCode);
        String value =
                "{\"unitCode\":\"11953\",\"periodFrom\":\"2024-01-01\",\"periodTo\":\"2024-12-31\"," + "\"value\":4}";
        p.add(page(HttpMethod.GET, "/figures", "/figures?province=33", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/figures",
                        "/figures?province=33&code=manual.walk&name=X&kind=FLOW&unit=x",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/figures/{id}", "/figures/" + id, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/figures/{id}/definition",
                        "/figures/" + id + "/definition?version=0&code=" + manualMetricCode
                                + "&name=X&kind=FLOW&unit=x",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/figures/{id}/delete", "/figures/" + id + "/delete?version=0", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/figures/{id}/values",
                        "/figures/" + id + "/values?unitCode=11953&periodFrom=01/01/2024&periodTo=31/12/2024&value=2",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/figures/values/{figureId}/review",
                        "/figures/values/" + figure + "/review?metric=" + id + "&accept=true&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/figures/values/{figureId}/delete",
                        "/figures/values/" + figure + "/delete?metric=" + id + "&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(HttpMethod.GET, "/api/v1/manual-metrics", "/api/v1/manual-metrics?province=33", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        // figures by hand standing in for a register before a unit kept it (ADR 035)
        p.add(page(
                        HttpMethod.POST,
                        "/figures/stand-ins",
                        "/figures/stand-ins?province=33&code=hotspots.arisen",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/manual-metrics/stand-ins",
                        "/api/v1/manual-metrics/stand-ins?province=33",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/manual-metrics/stand-ins",
                        "/api/v1/manual-metrics/stand-ins?province=33&code=hotspots.arisen",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/manual-metrics",
                        "/api/v1/manual-metrics?province=33",
                        definition,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/manual-metrics/{id}", "/api/v1/manual-metrics/" + id, null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/manual-metrics/{id}",
                        "/api/v1/manual-metrics/" + id + "?version=0",
                        redefinition,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/manual-metrics/{id}",
                        "/api/v1/manual-metrics/" + id + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/manual-metrics/{id}/figures",
                        "/api/v1/manual-metrics/" + id + "/figures",
                        null,
                        Expect.SCOPED_LIST)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/manual-metrics/{id}/figures",
                        "/api/v1/manual-metrics/" + id + "/figures",
                        value,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/manual-figures/{id}/review",
                        "/api/v1/manual-figures/" + figure + "/review",
                        "{\"accept\":true,\"version\":0}",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/manual-figures/{id}",
                        "/api/v1/manual-figures/" + figure + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
    }

    private void registerStartProbes(List<Probe> p) {
        String id = String.valueOf(registerStartId);
        String start = "{\"unitCode\":\"11953\",\"register\":\"PEOPLE\",\"since\":\"2000-01-01\"}";
        p.add(page(HttpMethod.GET, "/figures/registers", "/figures/registers?province=33", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/figures/registers",
                        "/figures/registers?province=33&unitCode=11953&register=PEOPLE&since=01/01/2000",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(
                        HttpMethod.POST,
                        "/figures/registers/{id}/delete",
                        "/figures/registers/" + id + "/delete?version=0&province=33",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(HttpMethod.GET, "/api/v1/register-starts", "/api/v1/register-starts?province=33", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.PUT, "/api/v1/register-starts", "/api/v1/register-starts", start, Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/register-starts/{id}",
                        "/api/v1/register-starts/" + id + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
    }

    private void planProbes(List<Probe> p) {
        String id = String.valueOf(planId);
        String plan = "{\"provinceCode\":\"33\",\"number\":\"1\",\"title\":\"X\",\"issuer\":\"X\","
                + "\"issuedOn\":\"2026-01-01\",\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\"}";
        String target = "{\"code\":\"T9\",\"text\":\"X\",\"metricCode\":\"hotspots.active\",\"form\":\"VALUE\","
                + "\"comparison\":\"LE\",\"threshold\":0,\"yearly\":true}";
        String document = "{\"number\":\"1\",\"title\":\"X\",\"issuer\":\"X\",\"issuedOn\":\"2026-01-01\","
                + "\"periodFrom\":\"2026-01-01\",\"periodTo\":\"2026-12-31\",\"targets\":[]}";
        p.add(page(HttpMethod.GET, "/plans", "/plans?province=33", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans",
                        "/plans?provinceCode=33&number=1&title=X&issuer=X&issuedOn=01/01/2026&periodFrom=01/01/2026"
                                + "&periodTo=31/12/2026",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/templates/copy",
                        "/plans/templates/copy?template=NB-2022-2025&province=33",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/plans/import", "/plans/import?province=33", Expect.SCOPED)
                .in(Scope.PROVINCE)
                .file(new MockMultipartFile(
                        "file", "plan.json", "application/json", document.getBytes(StandardCharsets.UTF_8))));
        p.add(page(HttpMethod.GET, "/plans/{id}", "/plans/" + id, Expect.SCOPED).in(Scope.PROVINCE));
        // each tab of the plan page as every role sees it (ADR 050): no message key shown raw on any
        for (String tab : List.of("targets", "tasks", "projects", "reporting", "documents")) {
            p.add(page(HttpMethod.GET, "/plans/{id}", "/plans/" + id + "?tab=" + tab, Expect.SCOPED)
                    .in(Scope.PROVINCE));
        }
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/targets",
                        "/plans/" + id + "/targets?code=T9&text=X&metricCode=hotspots.active&form=VALUE&comparison=LE"
                                + "&threshold=0&yearly=true",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/targets/{targetId}/delete",
                        "/plans/" + id + "/targets/" + targetId + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/plans/{id}/export", "/plans/" + id + "/export", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/plans/{id}/dashboard", "/plans/" + id + "/dashboard", Expect.SCOPED)
                .in(Scope.PROVINCE));
        String regime = String.valueOf(regimeId);
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/regimes",
                        "/plans/" + id + "/regimes?kind=SIX_MONTH&reporters=COMMUNES&recipient=X",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/regimes/{regimeId}/delete",
                        "/plans/" + id + "/regimes/" + regime + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/plans/{id}/regimes", "/api/v1/plans/" + id + "/regimes", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/regimes",
                        "/api/v1/plans/" + id + "/regimes",
                        "{\"kind\":\"SIX_MONTH\",\"reporters\":\"COMMUNES\",\"recipient\":\"X\"}",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/plans/{id}/regimes/{regimeId}",
                        "/api/v1/plans/" + id + "/regimes/" + regime + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/plans/{id}/reports/outstanding",
                        "/api/v1/plans/" + id + "/reports/outstanding?kind=ANNUAL&year=2026",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/plans/{id}/progress.xlsx", "/plans/" + id + "/progress.xlsx", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.GET,
                        "/plans/{id}/targets/{targetId}",
                        "/plans/" + id + "/targets/" + targetId + "?unit=11953",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.GET,
                        "/plans/{id}/targets/{targetId}/units.xlsx",
                        "/plans/" + id + "/targets/" + targetId + "/units.xlsx",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/plans/{id}/targets/{targetId}/units",
                        "/api/v1/plans/" + id + "/targets/" + targetId + "/units?unit=33",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/plans/{id}/progress/units",
                        "/api/v1/plans/" + id + "/progress/units?unit=33",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/plans/{id}/progress/units",
                        "/api/v1/plans/" + id + "/progress/units?country=true",
                        null,
                        Expect.SCOPED)
                .in(Scope.NATIONAL));
        String task = String.valueOf(taskId2);
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/tasks",
                        "/plans/" + id + "/tasks?text=X&leadAgencyId=" + agencyId,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/tasks/{taskId}/delete",
                        "/plans/" + id + "/tasks/" + task + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/tasks", "/tasks", Expect.SCOPED_LIST)
                .in(Scope.PROVINCE)
                .by("soyte"));
        p.add(page(
                        HttpMethod.POST,
                        "/tasks/{id}/report",
                        "/tasks/" + task + "/report?status=DONE&progressPercent=100&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .by("soyte"));
        p.add(api(HttpMethod.GET, "/api/v1/plans/{id}/tasks", "/api/v1/plans/" + id + "/tasks", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/tasks",
                        "/api/v1/plans/" + id + "/tasks",
                        "{\"text\":\"X\",\"leadAgencyId\":" + agencyId + "}",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/plans/{id}/tasks/{taskId}",
                        "/api/v1/plans/" + id + "/tasks/" + task + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/tasks", "/api/v1/tasks", null, Expect.SCOPED_LIST)
                .in(Scope.PROVINCE)
                .by("soyte"));
        String report = String.valueOf(reportId);
        String draft = String.valueOf(draftReportId);
        String province = String.valueOf(provinceReportId);
        // the province gathers the accepted reports of its communes
        String accepted = "update report set status = 'ACCEPTED' where id = " + report;
        p.add(page(HttpMethod.GET, "/plans/{id}/reports", "/plans/" + id + "/reports", Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/reports",
                        "/plans/" + id + "/reports?kind=FINAL&year=2026&unit=11953",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/reports/{id}", "/reports/" + report, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.POST, "/reports/{id}", "/reports/" + draft + "?results=X&version=0", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/reports/{id}/review",
                        "/reports/" + report + "/review?decision=accept&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(HttpMethod.GET, "/reports/{id}/docx", "/reports/" + report + "/docx", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/reports/{id}/pdf", "/reports/" + report + "/pdf", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/reports/{id}/xlsx", "/reports/" + report + "/xlsx", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(HttpMethod.GET, "/reports/{id}/issuer", "/reports/" + report + "/issuer", Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/reports/{id}/issuer",
                        "/reports/" + report + "/issuer?issuingBody=X&place=Y&version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(page(
                        HttpMethod.POST,
                        "/reports/{id}/issuer/reset",
                        "/reports/" + report + "/issuer/reset?version=0",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/reports/{id}/issuer",
                        "/api/v1/reports/" + report + "/issuer",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/reports/{id}/issuer",
                        "/api/v1/reports/" + report + "/issuer",
                        "{\"issuingBody\":\"X\",\"place\":\"Y\",\"version\":0}",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/reports/{id}/issuer",
                        "/api/v1/reports/" + report + "/issuer?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/plans/{id}/reports", "/api/v1/plans/" + id + "/reports", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/reports",
                        "/api/v1/plans/" + id + "/reports?kind=FINAL&year=2026&unit=11953",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/reports/{id}", "/api/v1/reports/" + report, null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/reports/{id}",
                        "/api/v1/reports/" + draft,
                        "{\"results\":\"X\",\"version\":0}",
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/reports/{id}/submission",
                        "/api/v1/reports/" + draft + "/submission?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/reports/{id}/return",
                        "/api/v1/reports/" + report + "/return?comment=X&version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/reports/{id}/acceptance",
                        "/api/v1/reports/" + report + "/acceptance?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE)
                .by("tinh"));
        p.add(page(HttpMethod.POST, "/reports/{id}/gather", "/reports/" + province + "/gather?version=0", Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(accepted));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/reports/{id}/gathered",
                        "/api/v1/reports/" + province + "/gathered",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/reports/{id}/gathering",
                        "/api/v1/reports/" + province + "/gathering?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(accepted));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/reports/{id}/docx",
                        "/api/v1/reports/" + report + "/docx",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(HttpMethod.GET, "/api/v1/reports/{id}/pdf", "/api/v1/reports/" + report + "/pdf", null, Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/reports/{id}/xlsx",
                        "/api/v1/reports/" + report + "/xlsx",
                        null,
                        Expect.SCOPED)
                .in(Scope.COMMUNE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/tasks/{id}/reports",
                        "/api/v1/tasks/" + task + "/reports",
                        "{\"status\":\"DONE\",\"progressPercent\":100,\"version\":0}",
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .by("soyte"));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/tasks/{id}/reports/with-file",
                        "/api/v1/tasks/" + task + "/reports/with-file?status=DONE&progressPercent=100&version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .by("soyte")
                .file(pdf("file")));
        String update = String.valueOf(taskUpdateId);
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/task-updates/{id}/file",
                        "/api/v1/task-updates/" + update + "/file",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .by("soyte"));
        p.add(page(
                        HttpMethod.GET,
                        "/tasks/updates/{updateId}/file",
                        "/tasks/updates/" + update + "/file",
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .by("soyte"));
        p.add(api(HttpMethod.GET, "/api/v1/plans", "/api/v1/plans?province=33", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.POST, "/api/v1/plans", "/api/v1/plans", plan, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/plans/{id}", "/api/v1/plans/" + id, null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/targets",
                        "/api/v1/plans/" + id + "/targets",
                        target,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/plans/{id}/targets/{targetId}",
                        "/api/v1/plans/" + id + "/targets/" + targetId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/plans/{id}/progress",
                        "/api/v1/plans/" + id + "/progress",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/plans/{id}/export", "/api/v1/plans/" + id + "/export", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.POST, "/api/v1/plans/import", "/api/v1/plans/import?province=33", document, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/copy",
                        "/api/v1/plans/" + id + "/copy?province=33",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        // a plan's lifecycle and corrections (the walk's plan is in force; a draft where the probe needs one)
        String asDraft = "update plan set status = 'DRAFT' where id = " + id;
        String replacing = "insert into plan (id, province_code, number, title, issuer, issued_on, period_from,"
                + " period_to, status) values (987654321, '33', '2/KH', 'Kế hoạch thay thế', 'UBND', '2026-02-01',"
                + " '2026-01-01', '2026-12-31', 'IN_FORCE')";
        String correction = "{\"code\":\"T1\",\"text\":\"X\",\"metricCode\":\"hotspots.active\",\"form\":\"VALUE\","
                + "\"comparison\":\"LT\",\"threshold\":3,\"yearly\":true}";
        p.add(api(HttpMethod.PUT, "/api/v1/plans/{id}", "/api/v1/plans/" + id + "?version=0", plan, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.DELETE, "/api/v1/plans/{id}", "/api/v1/plans/" + id + "?version=0", null, Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(asDraft));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/adopt",
                        "/api/v1/plans/" + id + "/adopt?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(asDraft));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/end",
                        "/api/v1/plans/" + id + "/end?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/supersede",
                        "/api/v1/plans/" + id + "/supersede?by=987654321&version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(replacing));
        p.add(api(HttpMethod.GET, "/api/v1/plans/{id}/history", "/api/v1/plans/" + id + "/history", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/plans/{id}/targets/{targetId}",
                        "/api/v1/plans/" + id + "/targets/" + targetId + "?version=0",
                        correction,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/plans/{id}/targets/{targetId}/history",
                        "/api/v1/plans/" + id + "/targets/" + targetId + "/history",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/header",
                        "/plans/" + id + "/header?version=0&provinceCode=33&number=3/KH&title=X&issuer=X"
                                + "&issuedOn=01/01/2026&periodFrom=01/01/2026&periodTo=31/12/2026",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/plans/{id}/delete", "/plans/" + id + "/delete?version=0", Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(asDraft));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/status",
                        "/plans/" + id + "/status?action=END&version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.GET,
                        "/plans/{id}/targets/{targetId}/edit",
                        "/plans/" + id + "/targets/" + targetId + "/edit",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/targets/{targetId}/edit",
                        "/plans/" + id + "/targets/" + targetId + "/edit?version=0&code=T1&text=X"
                                + "&metricCode=hotspots.active&form=VALUE&comparison=LT&threshold=3&yearly=true",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.POST, "/plans/import/mapped", "/plans/import/mapped", Expect.SCOPED)
                .in(Scope.PROVINCE)
                .form("province=33&agency.SLDTBXH=SNV&document="
                        + java.net.URLEncoder.encode(document, StandardCharsets.UTF_8)));
        p.add(api(HttpMethod.GET, "/api/v1/plan-templates", "/api/v1/plan-templates", null, Expect.REFERENCE)
                .in(Scope.NONE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plan-templates/{code}/copy",
                        "/api/v1/plan-templates/NB-2022-2025/copy?province=33",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
    }

    private void projectProbes(List<Probe> p) {
        String plan = "/plans/" + planId;
        String project = plan + "/projects/" + projectId;
        String line = project + "/budget-lines/" + budgetLineId;
        String projectForm = "code=DA9&name=X&leadAgencyId=" + agencyId;
        String lineForm = "agencyId=" + agencyId + "&year=2026&source=LOCAL&allocated=10&disbursed=0";
        String projectJson = "{\"code\":\"DA9\",\"name\":\"X\",\"leadAgencyId\":" + agencyId + "}";
        // a project is deleted once its budget lines are
        String noLines = "update plan_budget_line set deleted_at = now() where id = " + budgetLineId;
        String lineJson = "{\"agencyId\":" + agencyId + ",\"year\":2026,\"source\":\"LOCAL\",\"allocated\":10}";
        p.add(page(HttpMethod.POST, "/plans/{id}/projects", plan + "/projects?" + projectForm, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(HttpMethod.GET, "/plans/{id}/projects/{projectId}", project, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/projects/{projectId}",
                        project + "?version=0&" + projectForm,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/projects/{projectId}/delete",
                        project + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(noLines));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/projects/{projectId}/budget-lines",
                        project + "/budget-lines?" + lineForm,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/projects/{projectId}/budget-lines/{lineId}",
                        line + "?version=0&" + lineForm,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(page(
                        HttpMethod.POST,
                        "/plans/{id}/projects/{projectId}/budget-lines/{lineId}/delete",
                        line + "/delete?version=0",
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        String api = "/api/v1" + plan;
        p.add(api(HttpMethod.GET, "/api/v1/plans/{id}/projects", api + "/projects", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.POST, "/api/v1/plans/{id}/projects", api + "/projects", projectJson, Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/plans/{id}/projects/{projectId}",
                        api + "/projects/" + projectId,
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/plans/{id}/projects/{projectId}",
                        api + "/projects/" + projectId + "?version=0",
                        projectJson,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/plans/{id}/projects/{projectId}",
                        api + "/projects/" + projectId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE)
                .given(noLines));
        p.add(api(
                        HttpMethod.GET,
                        "/api/v1/plans/{id}/projects/{projectId}/budget-lines",
                        api + "/projects/" + projectId + "/budget-lines",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.POST,
                        "/api/v1/plans/{id}/projects/{projectId}/budget-lines",
                        api + "/projects/" + projectId + "/budget-lines",
                        lineJson,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.PUT,
                        "/api/v1/budget-lines/{id}",
                        "/api/v1/budget-lines/" + budgetLineId + "?version=0",
                        lineJson,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(
                        HttpMethod.DELETE,
                        "/api/v1/budget-lines/{id}",
                        "/api/v1/budget-lines/" + budgetLineId + "?version=0",
                        null,
                        Expect.SCOPED)
                .in(Scope.PROVINCE));
        p.add(api(HttpMethod.GET, "/api/v1/plans/{id}/budget-summary", api + "/budget-summary", null, Expect.SCOPED)
                .in(Scope.PROVINCE));
    }

    @Test
    void every_endpoint_is_walked() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            String type = method.getBeanType().getName();
            if (type.startsWith("vn.pcmt")) {
                for (String pattern : info.getPatternValues()) {
                    for (var m : info.getMethodsCondition().getMethods()) {
                        mapped.add(m.name() + " " + pattern);
                    }
                }
            }
        });
        Set<String> walked = new TreeSet<>();
        probes().forEach(p -> walked.add(p.method().name() + " " + p.pattern()));
        assertThat(walked).containsAll(mapped);
    }

    @Test
    void every_probe_is_a_valid_request_that_succeeds_for_its_insider() {
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes()) {
            String failure = rolledBack(() -> {
                given(probe);
                return insiderFailure(probe, perform(probe, probe.insider()));
            });
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertThat(failures).as("requests their insider could not make").isEmpty();
    }

    @Test
    void no_user_of_any_role_outside_hung_yen_reads_or_changes_its_scoped_data() {
        String before = snapshot();
        List<String> failures = new ArrayList<>();
        List<Probe> probes = probes();
        for (Role role : Role.values()) {
            String username = TestAccounts.outsider(role);
            for (Probe probe : probes) {
                if (probe.expect() == Expect.SCOPED || probe.expect() == Expect.SCOPED_LIST) {
                    walkAsOutsider(probe, username, failures);
                }
            }
        }
        assertThat(failures).as("answers to outsiders").isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void no_officer_of_another_commune_of_the_province_reads_or_changes_the_communes_data() {
        long tanHung = unitId("11977");
        accounts.create("walk_tanhung_committee", Role.COMMUNE_COMMITTEE, tanHung, null);
        accounts.create("walk_tanhung_health", Role.HEALTH_WORKER, tanHung, null);
        String before = snapshot();
        List<String> failures = new ArrayList<>();
        List<Probe> probes = probes();
        for (String username : List.of("xa2", "walk_tanhung_committee", "walk_tanhung_health", OTHER_FACILITY_STAFF)) {
            for (Probe probe : probes) {
                if (probe.scope() == Scope.COMMUNE
                        && !(username.equals(OTHER_FACILITY_STAFF) && createsReport(probe))) {
                    walkAsOutsider(probe, username, failures);
                }
            }
        }
        assertThat(failures).as("answers to officers of Tân Hưng").isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    /**
     * Opening a report: a facility's staff open only their facility's report (the unit asked is not theirs to name),
     * refused by the plan's regimes rather than by jurisdiction ({@code FacilityReportTests}).
     */
    private static boolean createsReport(Probe probe) {
        return probe.method() == HttpMethod.POST
                && (probe.pattern().equals("/plans/{id}/reports")
                        || probe.pattern().equals("/api/v1/plans/{id}/reports"));
    }

    /**
     * A facility's staff (ADR 043) read the record of the person placed at their facility and their facility, and
     * none of the commune's data: every commune probe is refused them, and nothing changes. Like a commune officer,
     * they read the province's plans, tasks and figures, which name no person, to write their facility's report.
     */
    @Test
    void a_facilitys_staff_read_their_placed_person_and_nothing_else() {
        String before = snapshot();
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes()) {
            boolean theirs = probe.insider().equals(FACILITY_STAFF)
                    || (probe.method() == HttpMethod.GET
                            && (probe.pattern().startsWith("/people/{id}")
                                    || probe.pattern().startsWith("/api/v1/people/{id}")
                                    || probe.pattern().equals("/people")
                                    || probe.pattern().equals("/api/v1/people")
                                    // lists of their own people (ADR 053): the placed person is theirs
                                    || probe.pattern().equals("/people/picker")
                                    || probe.pattern().equals("/counselling")
                                    || probe.pattern().equals("/api/v1/counselling-sessions")));
            boolean atTheirFacility =
                    probe.pattern().contains("/placements") || probe.pattern().contains("/occupancy");
            if (!theirs && !atTheirFacility && !createsReport(probe) && probe.scope() == Scope.COMMUNE) {
                walkAsOutsider(probe, FACILITY_STAFF, failures);
            }
        }
        assertThat(failures).as("answers to the staff of a facility").isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    /**
     * Every page as a user of every role of Hưng Yên sees it (issue 19): a page a role may open (200) shows no message
     * key raw. The commune's committee and health worker and a provincial leader are made for the walk; the others
     * are the demo accounts and the walk's facility staff.
     */
    @Test
    void every_page_as_every_role_of_hung_yen_shows_no_message_key_raw() {
        long ward = unitId("11953");
        long province = unitId("33");
        accounts.create("walk_phohien_committee", Role.COMMUNE_COMMITTEE, ward, null);
        accounts.create("walk_phohien_health", Role.HEALTH_WORKER, ward, null);
        accounts.create("walk_hy_leader", Role.PROVINCIAL_LEADER, province, null);
        List<String> users = List.of(
                "xa1",
                "walk_phohien_committee",
                "walk_phohien_health",
                FACILITY_STAFF,
                "soyte",
                "tinh",
                "csma",
                "walk_hy_leader",
                "admin");
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes()) {
            if (probe.api() || probe.method() != HttpMethod.GET) {
                continue;
            }
            for (String username : users) {
                String failure = rolledBack(() -> {
                    given(probe);
                    MvcResult result = perform(probe, username);
                    if (result.getResponse().getStatus() != 200) {
                        return null;
                    }
                    java.util.regex.Matcher raw =
                            RAW_MESSAGE_KEY.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
                    return raw.find() ? username + " " + probe.url() + ": " + raw.group() : null;
                });
                if (failure != null) {
                    failures.add(failure);
                }
            }
        }
        assertThat(failures).as("pages showing a message key raw").isEmpty();
    }

    @Test
    void reference_data_and_own_pages_are_open_to_every_signed_in_user() throws Exception {
        List<Probe> probes = probes();
        for (Role role : Role.values()) {
            for (Probe probe : probes) {
                if (probe.expect() == Expect.SCOPED
                        || probe.expect() == Expect.SCOPED_LIST
                        || probe.method() != HttpMethod.GET) {
                    continue;
                }
                int status = perform(probe, TestAccounts.outsider(role))
                        .getResponse()
                        .getStatus();
                assertThat(status).as(role + " " + probe.url()).isEqualTo(200);
            }
        }
    }

    /**
     * What is wrong with the insider's answer, or null: the API answers 2xx, a page 200 with no message key shown raw
     * (issue 19: every page as its user sees it), a form posted redirects (post-redirect-get) without an error to
     * show (a 200 would be the form again with its errors).
     */
    /** How Thymeleaf shows a message key missing from the bundles: {@code ??audit.entity.Hotspot_vi??}. */
    private static final java.util.regex.Pattern RAW_MESSAGE_KEY =
            java.util.regex.Pattern.compile("\\?\\?[A-Za-z0-9_.\\-]+\\?\\?");

    /**
     * A substitution clinic's health worker (ADR 053) reads their patient's record, treatment, doses and counselling,
     * and none of the commune's other data: every other commune probe is refused them, and nothing changes.
     */
    @Test
    void a_clinics_staff_read_their_patient_and_nothing_else() {
        // every page shows its staff their own clinic's name: not one of the fixtures' secret words here
        jdbc.sql("update facility set name = 'Cơ sở điều trị thử' where id = :c")
                .param("c", clinicId)
                .update();
        String before = snapshot();
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes()) {
            String pattern = probe.pattern();
            boolean theirs = probe.method() == HttpMethod.GET
                    && (pattern.startsWith("/people/{id}")
                            || pattern.startsWith("/api/v1/people/{id}")
                            || pattern.startsWith("/substitution")
                            || pattern.startsWith("/api/v1/substitution")
                            || List.of(
                                            "/people",
                                            "/api/v1/people",
                                            "/people/picker",
                                            "/counselling",
                                            "/api/v1/counselling-sessions")
                                    .contains(pattern));
            if (!theirs && !createsReport(probe) && probe.scope() == Scope.COMMUNE) {
                walkAsOutsider(probe, CLINIC_STAFF, failures);
            }
        }
        assertThat(failures).as("answers to the staff of a clinic").isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    private static String insiderFailure(Probe probe, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        String problem = null;
        if (probe.api()) {
            if (status < 200 || status >= 300) {
                problem = "status " + status;
            }
        } else if (probe.method() == HttpMethod.GET) {
            java.util.regex.Matcher raw =
                    RAW_MESSAGE_KEY.matcher(result.getResponse().getContentAsString());
            if (status != 200) {
                problem = "status " + status;
            } else if (raw.find()) {
                problem = "a message key shown raw: " + raw.group();
            }
        } else if (probe.renders() != null) {
            String view = result.getModelAndView() == null
                    ? null
                    : result.getModelAndView().getViewName();
            Map<String, Object> model = result.getModelAndView() == null
                    ? Map.of()
                    : result.getModelAndView().getModel();
            Object error = model.get("error") != null ? model.get("error") : model.get("tokenError");
            if (error == null && model.get("report") instanceof ImportReport report && !report.ok()) {
                error = report.problems();
            }
            if (error == null
                    && model.get("report") instanceof vn.pcmt.cases.internal.CaseImportReport report
                    && !report.ok()) {
                error = report.problems();
            }
            if (error == null
                    && model.get("report") instanceof vn.pcmt.platform.ListImport.Report report
                    && !report.ok()) {
                error = report.problems().stream()
                        .map(p -> p.row() + " " + p.column() + " " + p.messageKey())
                        .toList();
            }
            if (status != 200 || !probe.renders().equals(view) || error != null) {
                problem = "status " + status + " view " + view + " error " + error;
            }
        } else if (status < 300 || status >= 400) {
            problem = "status " + status;
        } else if (result.getFlashMap().get("flashError") != null) {
            problem = "redirected with " + result.getFlashMap().get("flashError");
        } else if (result.getResponse().getRedirectedUrl() != null
                && result.getResponse().getRedirectedUrl().contains("login")) {
            problem = "redirected to " + result.getResponse().getRedirectedUrl();
        }
        if (problem == null) {
            return null;
        }
        String body = result.getResponse().getContentAsString();
        return probe.insider() + " " + probe.where() + ": " + problem + " "
                + body.substring(0, Math.min(body.length(), 400));
    }

    /**
     * A user who is not the insider: refused (403, 404) for scoped data; for lists and forms their own (empty)
     * answer (200) or a refusal; a creation naming a unit of Hưng Yên refused. Never a word of the fixtures, and
     * nothing changed (checked at the end of the walk, or around the request when it needs a state of its own).
     */
    private void walkAsOutsider(Probe probe, String username, List<String> failures) {
        String problem;
        if (probe.given() == null && probe.renders() == null) {
            // outside any transaction: what the request changed would stay, and the walk's snapshot sees it
            problem = call(() -> outsiderFailure(probe, perform(probe, username)));
        } else {
            // the state the request needs is given in a transaction rolled back afterwards: compare around it
            problem = rolledBack(() -> {
                given(probe);
                String before = snapshot();
                String failure = outsiderFailure(probe, perform(probe, username));
                if (!before.equals(snapshot())) {
                    failure = (failure == null ? "" : failure + ", ") + "changed the registers";
                }
                return failure;
            });
        }
        if (problem != null) {
            failures.add(username + " " + probe.where() + ": " + problem);
        }
    }

    /**
     * What is wrong with an outsider's answer, or null: scoped data and changes are refused (403, 404) or, for a
     * creation naming a unit of Hưng Yên, refused with the probe's reason (a 422 problem with that code, or the form
     * shown again with that error); a list or form is their own (200) or refused (403); an import reads the file but
     * imports nobody. Never a word of the fixtures.
     */
    private static String outsiderFailure(Probe probe, MvcResult result) throws Exception {
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        Map<String, Object> model = result.getModelAndView() == null
                ? Map.of()
                : result.getModelAndView().getModel();
        String problem = null;
        if (status == 403 || status == 404) {
            problem = null;
        } else if (probe.expect() == Expect.SCOPED_LIST && probe.method() == HttpMethod.GET) {
            problem = status == 200 ? null : "status " + status;
        } else if (probe.renders() != null && status == 200) {
            if (model.get("report") instanceof ImportReport report && (report.imported() > 0 || report.ok())) {
                problem = "imported " + report.imported() + " of " + report.rows();
            }
            if (model.get("report") instanceof vn.pcmt.cases.internal.CaseImportReport report
                    && (report.cases() > 0 || report.ok())) {
                problem = "imported " + report.cases() + " cases of " + report.rows() + " rows";
            }
        } else if (probe.api() && status == 202 && body.contains("\"report\"")) {
            // an import run (ADR 057): its report says what was written
            int imported = JsonPath.read(body, "$.report.imported");
            problem = imported == 0 ? null : "imported " + imported;
        } else if (probe.refusal() != null && probe.api() && status == 422) {
            String code = JsonPath.read(body, "$.code");
            problem = probe.refusal().equals(code) ? null : "refused with " + code;
        } else if (probe.refusal() != null && !probe.api() && status == 200) {
            List<String> codes = model.values().stream()
                    .filter(BindingResult.class::isInstance)
                    .flatMap(errors -> ((BindingResult) errors).getAllErrors().stream())
                    .map(ObjectError::getCode)
                    .toList();
            problem = codes.contains(probe.refusal()) ? null : "form shown again with " + codes;
        } else {
            problem = "status " + status;
        }
        for (String secret :
                List.of("Phường Phố Hiến", "Công an phường Phố Hiến", "Sở Y tế Hưng Yên", "Bí Mật", "bi-mat")) {
            if (body.contains(secret)) {
                problem = (problem == null ? "" : problem + ", ") + "shows " + secret;
            }
        }
        return problem == null ? null : problem + " " + body.substring(0, Math.min(body.length(), 300));
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the work in a transaction rolled back afterwards (MockMvc runs in this thread: services join it). */
    private <T> T rolledBack(Callable<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        return template.execute(status -> {
            status.setRollbackOnly();
            return call(work);
        });
    }

    private void given(Probe probe) {
        if (probe.given() != null) {
            for (String statement : probe.given().split(";")) {
                jdbc.sql(statement).update();
            }
        }
    }

    private MvcResult perform(Probe probe, String username) throws Exception {
        return mvc.perform(build(probe, username)).andReturn();
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Probe probe, String username) {
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (probe.files().isEmpty()) {
            builder = request(probe.method(), probe.url());
        } else {
            MockMultipartHttpServletRequestBuilder multipart = multipart(probe.method(), probe.url());
            probe.files().forEach(multipart::file);
            builder = multipart;
        }
        probe.session().forEach(builder::sessionAttr);
        if (probe.api()) {
            authenticate(builder, username, probe);
            if (probe.body() != null) {
                builder.contentType(MediaType.APPLICATION_JSON).content(probe.body());
            }
        } else {
            builder.with(signedIn.computeIfAbsent(username, accounts::as)).with(csrf());
            if (probe.body() != null) {
                builder.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(probe.body());
            }
        }
        return builder;
    }

    /**
     * How the walk signs in to the API: with a personal access token of the user (the API's way for programs, which
     * also takes changes without a JSON body, and costs no password hash per request).
     */
    private void authenticate(AbstractMockHttpServletRequestBuilder<?> builder, String username, Probe probe) {
        String token = tokenOf.computeIfAbsent(username, user -> {
            var own = new org.springframework.transaction.support.TransactionTemplate(transactions);
            own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            return own.execute(status -> tokens.create(user, false));
        });
        builder.with(TestTokens.withToken(token));
    }

    private long unitId(String code) {
        return jdbc.sql("select id from admin_unit where code = :c and valid_to is null")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    /** Everything a walk could have changed. */
    private String snapshot() {
        return String.join(
                "|",
                jdbc.sql(
                                "select string_agg(id || ':' || name || ':' || version || ':' || coalesce(deleted_at::text, ''), ',' order by id) from village")
                        .query(String.class)
                        .single(),
                jdbc.sql(
                                "select string_agg(id || ':' || name || ':' || version || ':' || coalesce(deleted_at::text, ''), ',' order by id) from agency")
                        .query(String.class)
                        .single(),
                jdbc.sql(
                                "select string_agg(id || ':' || username || ':' || version || ':' || password_hash || ':' || enabled, ',' order by id) from user_account")
                        .query(String.class)
                        .single(),
                jdbc.sql(
                                "select string_agg(id || ':' || version || ':' || coalesce(deleted_at::text, ''), ',' order by id) from person")
                        .query(String.class)
                        .single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from episode")
                        .query(String.class)
                        .single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from person_event")
                        .query(String.class)
                        .single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from legal_rule")
                        .query(String.class)
                        .single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from person_transfer")
                        .query(String.class)
                        .single(),
                jdbc.sql("select count(*) || ':' || count(valid_to) from person_residence")
                        .query(String.class)
                        .single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) from hotspot")
                        .query(String.class)
                        .single(),
                jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(deleted_at)"
                                + " from cultivation_plot")
                        .query(String.class)
                        .single(),
                jdbc.sql("select (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(deleted_at)"
                                + " from business) || '|' || (select count(*) from business_inspection) || '|'"
                                + " || (select count(*) from business_inspection_violation) || '|'"
                                + " || (select count(*) from business_licence_step)")
                        .query(String.class)
                        .single(),
                jdbc.sql("select (select count(*) || ':' || coalesce(sum(version), 0) from school) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from industrial_zone) || '|'"
                                + " || (select count(*) from industrial_zone_commune) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from outreach_medium) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from outreach_activity) || '|'"
                                + " || (select count(*) from outreach_activity_commune) || '|'"
                                + " || (select count(*) from outreach_activity_school) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from legal_aid_request) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from facility) || '|'"
                                + " || (select count(*) from facility_qualification where deleted_at is null) || '|'"
                                + " || (select count(*) from facility_assessment where deleted_at is null)")
                        .query(String.class)
                        .single(),
                jdbc.sql("select (select count(*) || ':' || coalesce(sum(version), 0) from key_locality) || '|'"
                                + " || (select count(*) || ':' || count(done_on) from key_locality_task) || '|'"
                                + " || (select count(*) from commune_year_figure) || '|'"
                                + " || (select count(*) from drugfree_programme) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from drugfree_commune) || '|'"
                                + " || (select count(*) from drugfree_step) || '|'"
                                + " || (select count(*) from drugfree_assessment) || '|'"
                                + " || (select count(*) || ':' || count(closed_at) from drugfree_alert) || '|'"
                                + " || (select count(*) from drugfree_evidence) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from plan) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from plan_target) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from plan_task) || '|'"
                                + " || (select count(*) from plan_task_update) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from report) || '|'"
                                + " || (select count(*) from report_step) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from manual_metric) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from manual_figure) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) from reporting_regime) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(deleted_at)"
                                + " from plan_project) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(deleted_at)"
                                + " || ':' || coalesce(sum(allocated + disbursed), 0) from plan_budget_line) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(deleted_at)"
                                + " from unit_group) || '|'"
                                + " || (select count(*) from unit_group_member) || '|'"
                                + " || (select count(*) || ':' || coalesce(sum(version), 0) || ':' || count(deleted_at)"
                                + " || ':' || count(valid_to) from unit_attribute) || '|'"
                                + " || (select count(*) || ':' || count(deleted_at) from drugfree_criteria_set) || '|'"
                                + " || (select count(*) from drugfree_criterion)")
                        .query(String.class)
                        .single());
    }

    private static Probe page(HttpMethod method, String pattern, String url, Expect expect) {
        return new Probe(
                method, pattern, url, null, expect, false, Scope.NONE, "xa1", null, List.of(), Map.of(), null, null);
    }

    private static Probe api(HttpMethod method, String pattern, String url, String body, Expect expect) {
        return new Probe(
                method, pattern, url, body, expect, true, Scope.NONE, "xa1", null, List.of(), Map.of(), null, null);
    }
}
