package vn.pcmt.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;
import vn.pcmt.TestClock;
import vn.pcmt.metrics.Comparison;
import vn.pcmt.people.PeopleFixture;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.ReportKind;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.plans.internal.PlanForm;
import vn.pcmt.plans.internal.PlanService;
import vn.pcmt.plans.internal.PlanTargetForm;
import vn.pcmt.plans.internal.TargetForm;
import vn.pcmt.reports.internal.ReportContent;
import vn.pcmt.reports.internal.ReportService;
import vn.pcmt.reports.internal.ReportText;

/**
 * A report's PDF (the state document of the Word file, every Vietnamese mark printed) and its Excel table of
 * figures; both only for those who may read the report.
 */
@PcmtTest
class ReportFilesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setToday(TODAY);
    }

    /** Where the files of a run are left for a look (the build's own directory, never committed). */
    static final Path SAMPLES = Path.of("target", "report-files");

    @Autowired
    PeopleFixture fixture;

    @Autowired
    PlanService plans;

    @Autowired
    ReportService reports;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    /** A commune's annual report on a plan of two targets, written over several paragraphs and submitted. */
    Report submitted() {
        fixture.signIn("tinh");
        Plan plan = plans.create(new PlanForm(
                "33",
                "7/KH-UBND",
                "Kế hoạch phòng, chống ma túy năm " + TODAY.getYear(),
                "Ủy ban nhân dân tỉnh Hưng Yên",
                TODAY.withDayOfYear(1),
                TODAY.withDayOfYear(1),
                TODAY.withDayOfYear(1).plusYears(1).minusDays(1),
                null,
                null));
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "T1",
                        "Không còn điểm, tụ điểm phức tạp về ma túy hoạt động",
                        "hotspots.active",
                        TargetForm.VALUE,
                        null,
                        Comparison.LE,
                        BigDecimal.ZERO,
                        true,
                        null));
        plans.addTarget(
                plan.getId(),
                new PlanTargetForm(
                        "T2",
                        "Triệt xóa ít nhất 80% số điểm phát sinh trong năm",
                        "hotspots.eliminated",
                        TargetForm.SHARE,
                        "hotspots.arisen",
                        Comparison.GE,
                        new BigDecimal("80"),
                        true,
                        null));
        fixture.signIn("xa1");
        Report report = reports.open(plan.getId(), ReportKind.ANNUAL, TODAY.getYear(), null);
        String results = String.join(
                "\n",
                "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh, Công an phường đã tham mưu Đảng ủy, Ủy ban nhân dân"
                        + " phường ban hành kế hoạch phòng, chống ma túy năm " + TODAY.getYear()
                        + "; tổ chức tuyên truyền tại các tổ dân phố, trường học.",
                "Đã triệt xóa 2 điểm bán lẻ trái phép chất ma túy; lập hồ sơ quản lý 15 người sử dụng trái phép chất"
                        + " ma túy, đưa 4 người đi cai nghiện bắt buộc.",
                "Phối hợp với Trạm Y tế xét nghiệm 120 lượt người; \u0001kết quả dương tính 9 trường hợp.",
                "Công tác quản lý người sử dụng trái phép chất ma túy tại cộng đồng được duy trì thường xuyên: cán bộ"
                        + " được phân công gặp gỡ, nắm tình hình hằng tháng; không để xảy ra trường hợp bỏ trốn khỏi"
                        + " nơi cư trú.",
                "Công tác tuyên truyền được đổi mới về hình thức: tổ chức 6 buổi nói chuyện chuyên đề tại trường học,"
                        + " phát 2.000 tờ rơi, đăng 12 tin, bài trên trang thông tin điện tử của phường; xây dựng 3 mô"
                        + " hình tự quản về an ninh trật tự tại tổ dân phố.",
                "Lực lượng Công an phường phối hợp với các phòng nghiệp vụ Công an tỉnh đấu tranh, triệt phá 1"
                        + " đường dây mua bán trái phép chất ma túy, bắt giữ 3 đối tượng, thu giữ 15 gam heroin và"
                        + " 200 viên ma túy tổng hợp; khởi tố 4 vụ, 6 bị can.",
                "Việc rà soát, thống kê người nghiện, người sử dụng trái phép chất ma túy được thực hiện theo quy"
                        + " định; số liệu được cập nhật vào hệ thống thông tin phòng, chống ma túy của tỉnh.");
        Report written = reports.write(
                report.getId(),
                new ReportText(
                        "12/BC-CAP",
                        results,
                        "Còn phát sinh điểm mới ở khu vực giáp ranh.",
                        "Địa bàn rộng, lực lượng mỏng.",
                        "Đề nghị Ủy ban nhân dân tỉnh bổ sung kinh phí xét nghiệm.",
                        report.getVersion()));
        return reports.submit(report.getId(), written.getVersion());
    }

    @Test
    void the_pdf_is_the_state_document_with_every_vietnamese_mark_and_the_targets() throws IOException {
        Report report = submitted();
        List<TargetProgress> figures = reports.figures(report.getId());
        byte[] pdf = reports.pdf(report.getId());
        keep("bao-cao.pdf", pdf);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle a4 = doc.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("DejaVuSerifCondensed");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(doc.getNumberOfPages())
                    .as("the test's report runs onto a second page")
                    .isGreaterThan(1);
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(doc))
                    .as("numbered from the second page")
                    .startsWith("2");
            String lines = new PDFTextStripper().getText(doc);
            assertThat(lines).as("the first page is not numbered").doesNotStartWith("1");
            String text = lines.replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN PHƯỜNG PHỐ HIẾN")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Số: 12/BC-CAP")
                    .as("a commune's place name is its own, the date as Decree 30 writes it")
                    .contains("Phố Hiến, ngày 15 tháng 6 năm " + TODAY.getYear())
                    .contains("BÁO CÁO")
                    .contains("Kết quả thực hiện 7/KH-UBND — báo cáo năm " + TODAY.getYear())
                    .doesNotContain("năm năm")
                    .contains("I. KẾT QUẢ THỰC HIỆN")
                    .contains("Ủy ban nhân dân")
                    .contains("phòng, chống ma túy")
                    .contains("kết quả dương tính 9 trường hợp")
                    .contains("IV. ĐỀ XUẤT, KIẾN NGHỊ")
                    .contains("Nơi nhận:")
                    .contains("TM. ỦY BAN NHÂN DÂN")
                    .contains("CHỦ TỊCH")
                    .contains("(Ký, ghi rõ họ tên, đóng dấu)");
            for (TargetProgress p : figures) {
                assertThat(text).contains(p.code()).contains(ReportContent.figure(p));
            }
            assertThat(text).contains("Triệt xóa ít nhất 80% số điểm phát sinh trong năm");
        }
    }

    @Test
    void the_word_file_is_on_a4_with_the_decrees_margins_page_numbers_from_page_two_and_fixed_columns()
            throws IOException {
        clock.setToday(LocalDate.of(TODAY.getYear(), 2, 5));
        Report report = submitted();
        byte[] docx = reports.docx(report.getId());
        keep("bao-cao.docx", docx);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(((java.math.BigInteger) section.getPgSz().getW()).intValue())
                    .isEqualTo(11906);
            assertThat(((java.math.BigInteger) section.getPgSz().getH()).intValue())
                    .isEqualTo(16838);
            assertThat(((java.math.BigInteger) section.getPgMar().getTop()).intValue())
                    .isEqualTo(1134);
            assertThat(((java.math.BigInteger) section.getPgMar().getBottom()).intValue())
                    .isEqualTo(1134);
            assertThat(((java.math.BigInteger) section.getPgMar().getLeft()).intValue())
                    .isEqualTo(1701);
            assertThat(((java.math.BigInteger) section.getPgMar().getRight()).intValue())
                    .isEqualTo(851);
            assertThat(section.isSetTitlePg())
                    .as("the first page has its own (empty) header")
                    .isTrue();
            var policy = doc.getHeaderFooterPolicy();
            assertThat(policy.getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleList())
                    .extracting(f -> f.getInstr().strip())
                    .containsExactly("PAGE");
            assertThat(policy.getFirstPageHeader().getText()).isBlank();

            var head = doc.getTables().get(0);
            assertThat(head.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN PHƯỜNG PHỐ HIẾN");
            assertThat(head.getRow(0).getCell(1).getText())
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc");
            assertThat(head.getRow(1).getCell(0).getText()).isEqualTo("Số: 12/BC-CAP");
            assertThat(head.getRow(1).getCell(1).getText())
                    .isEqualTo("Phố Hiến, ngày 05 tháng 02 năm " + TODAY.getYear());

            var figures = doc.getTables().get(1);
            var grid = figures.getCTTbl().getTblGrid().getGridColList();
            assertThat(grid).hasSize(4);
            int total = grid.stream()
                    .mapToInt(c -> ((java.math.BigInteger) c.getW()).intValue())
                    .sum();
            assertThat(total)
                    .as("the table fills the width between the margins")
                    .isEqualTo(11906 - 1701 - 851);
            assertThat(((java.math.BigInteger) grid.get(1).getW()).intValue())
                    .as("the target's text takes the widest column")
                    .isGreaterThan(((java.math.BigInteger) grid.get(2).getW()).intValue());
            String sign = doc.getTables().get(2).getRow(0).getCell(1).getText();
            assertThat(sign).contains("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH");
        }
    }

    @Test
    void a_reporter_keeps_its_heading_and_signer_and_every_file_of_its_reports_uses_them() throws Exception {
        Report report = submitted();
        String id = String.valueOf(report.getId());
        String heading = "{\"parentBody\":\"UBND phường Phố Hiến\",\"issuingBody\":\"Công an phường\","
                + "\"symbol\":\"CAP\",\"place\":\"Phố Hiến\",\"authority\":null,\"position\":\"Trưởng Công an"
                + " phường\",\"signer\":\"Trần Văn Bình\",\"recipients\":[\"- Công an tỉnh (PC04);\","
                + "\"- Lưu: VT.\"],\"version\":0}";
        MvcResult refused = mvc.perform(put("/api/v1/reports/" + id + "/issuer")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(heading)
                        .with(httpBasic("xa2", TestAccounts.PASSWORD)))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).as("another commune").isIn(403, 404);

        MvcResult saved = mvc.perform(put("/api/v1/reports/" + id + "/issuer")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(heading)
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        assertThat(saved.getResponse().getContentAsString())
                .contains("\"configured\":true")
                .contains("\"version\":0");

        MvcResult stale = mvc.perform(put("/api/v1/reports/" + id + "/issuer")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(heading.replace("\"version\":0", "\"version\":7"))
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        MvcResult bad = mvc.perform(put("/api/v1/reports/" + id + "/issuer")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(heading.replace("\"CAP\"", "\"ca p\""))
                        .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(bad.getResponse().getContentAsString()).contains("symbol");

        fixture.signIn("xa1");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reports.docx(report.getId())))) {
            String head = doc.getTables().get(0).getRow(0).getCell(0).getText();
            assertThat(head).contains("UBND PHƯỜNG PHỐ HIẾN").contains("CÔNG AN PHƯỜNG");
            String sign = doc.getTables().get(2).getRow(0).getCell(1).getText();
            assertThat(sign)
                    .contains("TRƯỞNG CÔNG AN PHƯỜNG")
                    .contains("Trần Văn Bình")
                    .doesNotContain("TM.");
            assertThat(doc.getTables().get(2).getRow(0).getCell(0).getText()).contains("- Công an tỉnh (PC04);");
        }
        try (PDDocument pdf = Loader.loadPDF(reports.pdf(report.getId()))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("CÔNG AN PHƯỜNG")
                    .contains("Trần Văn Bình");
        }

        assertThat(mvc.perform(delete("/api/v1/reports/" + id + "/issuer?version=0")
                                .contentType(MediaType.APPLICATION_JSON)
                                .with(httpBasic("xa1", TestAccounts.PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        assertThat(mvc.perform(get("/api/v1/reports/" + id + "/issuer").with(httpBasic("xa1", TestAccounts.PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("back to the defaults")
                .contains("\"configured\":false")
                .contains("ỦY BAN NHÂN DÂN PHƯỜNG PHỐ HIẾN");
    }

    @Test
    void the_excel_file_holds_the_targets_figures_as_numbers_and_dates() throws IOException {
        Report report = submitted();
        List<TargetProgress> figures = reports.figures(report.getId());
        byte[] xlsx = reports.xlsx(report.getId());
        keep("bao-cao.xlsx", xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Chỉ tiêu");
            DataFormatter shown = new DataFormatter();
            assertThat(shown.formatCellValue(sheet.getRow(1).getCell(2))).isEqualTo("Phường Phố Hiến");
            assertThat(shown.formatCellValue(sheet.getRow(4).getCell(2))).isEqualTo("01/01/" + TODAY.getYear());
            Row header = sheet.getRow(9);
            assertThat(shown.formatCellValue(header.getCell(1))).isEqualTo("Mã");
            assertThat(shown.formatCellValue(header.getCell(2))).isEqualTo("Chỉ tiêu");
            assertThat(shown.formatCellValue(header.getCell(5))).isEqualTo("Kết quả");
            assertThat(shown.formatCellValue(header.getCell(8))).isEqualTo("Yêu cầu");
            assertThat(shown.formatCellValue(header.getCell(9))).isEqualTo("Đánh giá");
            assertThat(shown.formatCellValue(header.getCell(11))).isEqualTo("Năm " + TODAY.getYear());
            assertThat(sheet.getLastRowNum()).isEqualTo(9 + figures.size());
            for (int i = 0; i < figures.size(); i++) {
                TargetProgress p = figures.get(i);
                Row row = sheet.getRow(10 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(p.code());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(p.text());
                assertThat(shown.formatCellValue(row.getCell(3)))
                        .isEqualTo(p.from().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(p.from());
                Cell value = row.getCell(5);
                if (p.value() == null) {
                    assertThat(value.getCellType()).isEqualTo(CellType.BLANK);
                } else {
                    assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(BigDecimal.valueOf(value.getNumericCellValue())).isEqualByComparingTo(p.value());
                }
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(i == 1 ? "%" : "");
                assertThat(row.getCell(8).getNumericCellValue())
                        .isEqualTo(p.threshold().doubleValue());
                assertThat(row.getCell(9).getStringCellValue()).isNotBlank();
            }
        }
    }

    @Test
    void the_pages_and_the_api_serve_both_files_to_the_commune_and_to_no_other_commune() throws Exception {
        Report report = submitted();
        String id = String.valueOf(report.getId());
        for (String type : List.of("pdf", "xlsx")) {
            MvcResult page = mvc.perform(get("/reports/" + id + "/" + type).with(accounts.as("xa1")))
                    .andReturn();
            assertThat(page.getResponse().getStatus()).isEqualTo(200);
            assertThat(page.getResponse().getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"bao-cao-" + id + "." + type + "\"");
            MvcResult api = mvc.perform(
                            get("/api/v1/reports/" + id + "/" + type).with(httpBasic("tinh", TestAccounts.PASSWORD)))
                    .andReturn();
            assertThat(api.getResponse().getStatus()).isEqualTo(200);
            assertThat(api.getResponse().getContentType())
                    .isEqualTo(
                            type.equals("pdf")
                                    ? "application/pdf"
                                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

            int docx = mvc.perform(get("/reports/" + id + "/docx").with(accounts.as("xa2")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(docx).isIn(403, 404);
            assertThat(mvc.perform(get("/reports/" + id + "/" + type).with(accounts.as("xa2")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(docx);
            MvcResult refused = mvc.perform(
                            get("/api/v1/reports/" + id + "/" + type).with(httpBasic("xa2", TestAccounts.PASSWORD)))
                    .andReturn();
            assertThat(refused.getResponse().getStatus()).isIn(403, 404);
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(refused.getResponse().getContentAsString()).doesNotContain("12/BC-CAP");
        }
    }

    @Test
    void a_missing_or_malformed_report_is_a_problem_not_an_error() throws Exception {
        for (String type : List.of("pdf", "xlsx")) {
            assertThat(mvc.perform(get("/api/v1/reports/987654321/" + type)
                                    .with(httpBasic("tinh", TestAccounts.PASSWORD)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            assertThat(mvc.perform(get("/api/v1/reports/abc/" + type).with(httpBasic("tinh", TestAccounts.PASSWORD)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(400);
        }
    }

    @Test
    void the_openapi_description_lists_both_files() throws Exception {
        String api = mvc.perform(
                        get("/v3/api-docs")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("integrator")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api)
                .contains("\"/api/v1/reports/{id}/pdf\"")
                .contains("The report as a PDF in the same state administrative format")
                .contains("\"/api/v1/reports/{id}/xlsx\"")
                .contains("The report's targets' table as an Excel workbook");
    }

    private static void keep(String name, byte[] content) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), content);
    }
}
