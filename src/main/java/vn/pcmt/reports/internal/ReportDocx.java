package vn.pcmt.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.reports.Report;

/**
 * A report as a Word document in the state administrative format of Decree 30/2020/NĐ-CP: on A4 with the decree's
 * margins (top and bottom 20 mm, left 30 mm, right 15 mm), page numbers centred at the top from page 2; the issuing
 * body under the body it belongs to and the number with the issuer's symbol on the left, the national name and motto
 * on the right, the place and date ("ngày 06 tháng 02"), the title, the body (results with the targets' table,
 * limits, causes, proposals), recipients and the signature block (authority, position, signer). Times New Roman
 * 13–14 pt; tables with fixed column widths. The document is in Vietnamese whatever the user's language: it is a
 * state document.
 */
@Component
class ReportDocx {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String FONT = "Times New Roman";

    /** Twips (1/1440 inch; 1 mm = 56.7 twips) of A4 and of the decree's margins. */
    static final int A4_WIDTH = 11906;

    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 851;

    /** The width between the margins, which the tables fill. */
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private final MessageSource messages;

    ReportDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(ReportContent content) {
        Report report = content.report();
        DocumentHeading heading = content.heading();
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, report, heading, content);

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(360);
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
                            content.plan().numberShown()),
                    14,
                    true,
                    false);

            section(doc, text("report.docx.results"), report.getResults());
            targets(doc, content.figures());
            section(doc, text("report.docx.limits"), report.getLimits());
            section(doc, text("report.docx.causes"), report.getCauses());
            section(doc, text("report.docx.proposals"), report.getProposals());
            signature(doc, heading);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 portrait, the decree's margins, the page number centred in the header of every page but the first. */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));

        // a first-page header left empty (this also turns on "different first page"), the page number on the others
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var r = field.addNewR();
        var props = r.addNewRPr();
        props.addNewRFonts().setAscii(FONT);
        props.getRFontsArray(0).setHAnsi(FONT);
        props.addNewSz().setVal(BigInteger.valueOf(26));
        r.addNewT().setStringValue("2");
    }

    private void heading(XWPFDocument doc, Report report, DocumentHeading heading, ReportContent content) {
        XWPFTable table = doc.createTable(2, 2);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        widths(table, TEXT_WIDTH * 2 / 5, TEXT_WIDTH - TEXT_WIDTH * 2 / 5);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph body = left.getParagraphs().get(0);
        body.setAlignment(ParagraphAlignment.CENTER);
        if (heading.parentBody() != null) {
            run(body, heading.parentBody().toUpperCase(VI), 13, false, false);
            body.createRun().addBreak();
        }
        run(body, heading.issuingBody().toUpperCase(VI), 13, true, false);

        XWPFParagraph motto = right.getParagraphs().get(0);
        motto.setAlignment(ParagraphAlignment.CENTER);
        run(motto, text("report.docx.nation"), 13, true, false);
        XWPFParagraph motto2 = right.addParagraph();
        motto2.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = run(motto2, text("report.docx.motto"), 14, true, false);
        r.setUnderline(UnderlinePatterns.SINGLE);

        XWPFParagraph number = table.getRow(1).getCell(0).getParagraphs().get(0);
        number.setAlignment(ParagraphAlignment.CENTER);
        number.setSpacingBefore(120);
        run(number, text("report.docx.number", heading.number(report.getNumber())), 13, false, false);
        XWPFParagraph place = table.getRow(1).getCell(1).getParagraphs().get(0);
        place.setAlignment(ParagraphAlignment.CENTER);
        place.setSpacingBefore(120);
        run(place, heading.placeDate(content.date()), 14, false, true);
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
        int code = 850;
        int result = 2000;
        int status = 1500;
        widths(table, code, TEXT_WIDTH - code - result - status, result, status);
        String[] head = {
            text("report.docx.col.code"),
            text("report.docx.col.target"),
            text("report.docx.col.result"),
            text("report.docx.col.status")
        };
        for (int c = 0; c < head.length; c++) {
            cell(table.getRow(0).getCell(c), head[c], true);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < figures.size(); i++) {
            TargetProgress p = figures.get(i);
            cell(table.getRow(i + 1).getCell(0), p.code(), false);
            cell(table.getRow(i + 1).getCell(1), p.text(), false);
            cell(table.getRow(i + 1).getCell(2), ReportContent.figure(p), false);
            cell(table.getRow(i + 1).getCell(3), text("plan.status." + p.status()), false);
        }
    }

    private void signature(XWPFDocument doc, DocumentHeading heading) {
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingBefore(240);
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        widths(table, TEXT_WIDTH * 9 / 20, TEXT_WIDTH - TEXT_WIDTH * 9 / 20);
        XWPFParagraph recipients = table.getRow(0).getCell(0).getParagraphs().get(0);
        run(recipients, text("report.docx.recipients"), 12, true, true);
        for (String line : heading.recipients()) {
            XWPFParagraph p = table.getRow(0).getCell(0).addParagraph();
            run(p, line, 11, false, false);
        }
        XWPFTableCell cell = table.getRow(0).getCell(1);
        XWPFParagraph first = cell.getParagraphs().get(0);
        first.setAlignment(ParagraphAlignment.CENTER);
        if (heading.authority() != null) {
            run(first, heading.authority().toUpperCase(VI), 13, true, false);
            if (heading.position() != null) {
                first.createRun().addBreak();
            }
        }
        if (heading.position() != null) {
            run(first, heading.position().toUpperCase(VI), 13, true, false);
        }
        XWPFParagraph hint = cell.addParagraph();
        hint.setAlignment(ParagraphAlignment.CENTER);
        run(hint, text("report.docx.signHint"), 13, false, true);
        for (int i = 0; i < 3; i++) {
            cell.addParagraph();
        }
        if (heading.signer() != null) {
            XWPFParagraph signer = cell.addParagraph();
            signer.setAlignment(ParagraphAlignment.CENTER);
            run(signer, heading.signer(), 14, true, false);
        }
    }

    /** Fixed column widths (twips), in the grid and on every cell, so that Word and LibreOffice lay them out alike. */
    private static void widths(XWPFTable table, int... twips) {
        int total = 0;
        for (int w : twips) {
            total += w;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(total));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout()
                : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < twips.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(String.valueOf(twips[c]));
                row.getCell(c).setWidthType(TableWidthType.DXA);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (bold) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        run(p, value == null ? "" : value, 12, bold, false);
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
