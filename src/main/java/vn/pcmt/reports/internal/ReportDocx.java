package vn.pcmt.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.reports.Report;

/**
 * A report as a Word document in the state administrative format of Decree 30/2020/NĐ-CP: issuing body and number
 * on the left, national motto on the right, place and date, the title, the body (results with the targets' table,
 * limits, causes, proposals), recipients and the signature block. Times New Roman 13–14 pt. The document is in
 * Vietnamese whatever the user's language: it is a state document.
 */
@Component
class ReportDocx {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String FONT = "Times New Roman";

    private final MessageSource messages;
    private final Clock clock;

    ReportDocx(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] render(Report report, Plan plan, AdminUnit unit, AdminUnit province, List<TargetProgress> figures) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, report, unit, province);
            LocalDate date =
                    report.getPeriodTo().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : report.getPeriodTo();
            XWPFParagraph place = doc.createParagraph();
            place.setAlignment(ParagraphAlignment.RIGHT);
            run(
                    place,
                    text(
                            "report.docx.placeDate",
                            province.name(),
                            date.getDayOfMonth(),
                            date.getMonthValue(),
                            date.getYear()),
                    14,
                    false,
                    true);

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            run(title, text("report.docx.title"), 14, true, false);
            XWPFParagraph subject = doc.createParagraph();
            subject.setAlignment(ParagraphAlignment.CENTER);
            run(
                    subject,
                    text(
                            "report.docx.subject",
                            text(
                                    "report.docx.period." + report.getKind(),
                                    report.getPeriodTo().getYear()),
                            plan.numberShown()),
                    14,
                    true,
                    false);

            section(doc, text("report.docx.results"), report.getResults());
            targets(doc, figures);
            section(doc, text("report.docx.limits"), report.getLimits());
            section(doc, text("report.docx.causes"), report.getCauses());
            section(doc, text("report.docx.proposals"), report.getProposals());
            signature(doc, unit);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void heading(XWPFDocument doc, Report report, AdminUnit unit, AdminUnit province) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph body = left.getParagraphs().get(0);
        body.setAlignment(ParagraphAlignment.CENTER);
        if (!unit.code().equals(province.code())) {
            run(body, province.fullName().toUpperCase(VI), 13, false, false);
            body.createRun().addBreak();
        }
        run(body, text("report.docx.issuer", unit.fullName()).toUpperCase(VI), 13, true, false);
        XWPFParagraph number = left.addParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(
                number,
                text("report.docx.number", report.getNumber() == null ? "      /BC" : report.getNumber()),
                13,
                false,
                false);

        XWPFParagraph motto = right.getParagraphs().get(0);
        motto.setAlignment(ParagraphAlignment.CENTER);
        run(motto, text("report.docx.nation"), 13, true, false);
        XWPFParagraph motto2 = right.addParagraph();
        motto2.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = run(motto2, text("report.docx.motto"), 14, true, false);
        r.setUnderline(UnderlinePatterns.SINGLE);
    }

    private void section(XWPFDocument doc, String heading, String body) {
        XWPFParagraph h = doc.createParagraph();
        h.setSpacingBefore(200);
        run(h, heading, 14, true, false);
        for (String line : (body == null || body.isBlank() ? "…" : body).split("\\R")) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(567);
            run(p, line, 14, false, false);
        }
    }

    private void targets(XWPFDocument doc, List<TargetProgress> figures) {
        if (figures.isEmpty()) {
            return;
        }
        XWPFTable table = doc.createTable(figures.size() + 1, 4);
        table.setWidth("100%");
        String[] head = {
            text("report.docx.col.code"),
            text("report.docx.col.target"),
            text("report.docx.col.result"),
            text("report.docx.col.status")
        };
        for (int c = 0; c < head.length; c++) {
            cell(table.getRow(0).getCell(c), head[c], true);
        }
        for (int i = 0; i < figures.size(); i++) {
            TargetProgress p = figures.get(i);
            cell(table.getRow(i + 1).getCell(0), p.code(), false);
            cell(table.getRow(i + 1).getCell(1), p.text(), false);
            cell(table.getRow(i + 1).getCell(2), ReportContent.figure(p), false);
            cell(table.getRow(i + 1).getCell(3), text("plan.status." + p.status()), false);
        }
    }

    private void signature(XWPFDocument doc, AdminUnit unit) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFParagraph recipients = table.getRow(0).getCell(0).getParagraphs().get(0);
        run(recipients, text("report.docx.recipients"), 12, true, true);
        for (String line : text("report.docx.recipientsList").split("\\|")) {
            XWPFParagraph p = table.getRow(0).getCell(0).addParagraph();
            run(p, line, 11, false, false);
        }
        XWPFParagraph sign = table.getRow(0).getCell(1).getParagraphs().get(0);
        sign.setAlignment(ParagraphAlignment.CENTER);
        run(sign, text("report.docx.signer", unit.fullName()).toUpperCase(VI), 13, true, false);
        XWPFParagraph hint = table.getRow(0).getCell(1).addParagraph();
        hint.setAlignment(ParagraphAlignment.CENTER);
        run(hint, text("report.docx.signHint"), 13, false, true);
    }

    private static void cell(XWPFTableCell cell, String value, boolean bold) {
        run(cell.getParagraphs().get(0), value == null ? "" : value, 12, bold, false);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
