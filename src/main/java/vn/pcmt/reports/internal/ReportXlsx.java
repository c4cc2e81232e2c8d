package vn.pcmt.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.pcmt.plans.TargetProgress;
import vn.pcmt.reports.Report;

/**
 * The targets' table of a report as an Excel workbook, for those who compile the figures of several reports: the
 * report's particulars above, one row per target with its result and threshold as numbers, the dates as dates
 * (dd/MM/yyyy) and the value of each year so far. In Vietnamese, like the report.
 */
@Component
class ReportXlsx {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] COLUMNS = {
        "no", "code", "target", "from", "to", "value", "unit", "comparison", "threshold", "status", "judgedOn"
    };

    private final MessageSource messages;

    ReportXlsx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(ReportContent content) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(text("report.xlsx.sheet"));
            int first = particulars(sheet, styles, content) + 1;
            List<Integer> years = years(content.figures());
            Row header = sheet.createRow(first);
            int c = 0;
            for (String column : COLUMNS) {
                cell(header, c++, text("report.xlsx.col." + column), styles.header);
            }
            for (int year : years) {
                cell(header, c++, text("report.xlsx.col.year", year), styles.header);
            }
            List<TargetProgress> figures = content.figures();
            for (int i = 0; i < figures.size(); i++) {
                target(sheet.createRow(first + 1 + i), i + 1, figures.get(i), years, styles);
            }
            sheet.createFreezePane(0, first + 1);
            sheet.setAutoFilter(
                    new CellRangeAddress(first, first + figures.size(), 0, COLUMNS.length + years.size() - 1));
            widths(sheet, years.size());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's unit, plan, kind, period and status as label and value; returns the first row left free. */
    private int particulars(Sheet sheet, Styles styles, ReportContent content) {
        Report report = content.report();
        Row title = sheet.createRow(0);
        cell(
                title,
                0,
                text(
                        "report.xlsx.title",
                        text(
                                "report.docx.period." + report.getKind(),
                                report.getPeriodTo().getYear()),
                        content.unit().fullName()),
                styles.title);
        label(sheet, 1, text("report.xlsx.unit"), styles)
                .setCellValue(content.unit().fullName());
        label(sheet, 2, text("report.xlsx.plan"), styles)
                .setCellValue(
                        content.plan().numberShown() + " — " + content.plan().getTitle());
        label(sheet, 3, text("report.xlsx.number"), styles)
                .setCellValue(report.getNumber() == null ? "" : report.getNumber());
        date(label(sheet, 4, text("report.xlsx.from"), styles), report.getPeriodFrom(), styles);
        date(label(sheet, 5, text("report.xlsx.to"), styles), report.getPeriodTo(), styles);
        label(sheet, 6, text("report.xlsx.status"), styles).setCellValue(text("report.status." + report.getStatus()));
        label(sheet, 7, text("report.xlsx.figuresAt"), styles)
                .setCellValue(text(report.isEditable() ? "report.figures.live" : "report.figures.kept"));
        return 8;
    }

    private void target(Row row, int no, TargetProgress p, List<Integer> years, Styles styles) {
        number(row.createCell(0), BigDecimal.valueOf(no), styles);
        cell(row, 1, p.code(), styles.text);
        cell(row, 2, p.text(), styles.wrapped);
        date(row.createCell(3), p.from(), styles);
        date(row.createCell(4), p.to(), styles);
        number(row.createCell(5), p.value(), styles);
        cell(row, 6, ReportContent.isPercent(p) ? "%" : "", styles.text);
        cell(row, 7, p.comparison().symbol(), styles.text);
        number(row.createCell(8), p.threshold(), styles);
        cell(row, 9, text("plan.status." + p.status()), styles.text);
        date(row.createCell(10), p.judgedOn(), styles);
        for (int i = 0; i < years.size(); i++) {
            number(
                    row.createCell(COLUMNS.length + i),
                    p.trend() == null ? null : p.trend().get(years.get(i)),
                    styles);
        }
    }

    private static List<Integer> years(List<TargetProgress> figures) {
        TreeSet<Integer> years = new TreeSet<>();
        figures.stream()
                .filter(p -> p.trend() != null)
                .forEach(p -> years.addAll(p.trend().keySet()));
        return List.copyOf(years);
    }

    private static Cell label(Sheet sheet, int r, String label, Styles styles) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, styles.label);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        return row.createCell(2);
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A number as a number (blank when there is none), whole or with its one decimal. */
    private static void number(Cell cell, BigDecimal value, Styles styles) {
        if (value == null) {
            cell.setCellStyle(styles.text);
            return;
        }
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(value.stripTrailingZeros().scale() <= 0 ? styles.whole : styles.decimal);
    }

    private static void date(Cell cell, LocalDate value, Styles styles) {
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.date);
    }

    private static void widths(Sheet sheet, int years) {
        int[] chars = {6, 8, 48, 12, 12, 10, 8, 8, 10, 22, 12};
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
        for (int i = 0; i < years; i++) {
            sheet.setColumnWidth(chars.length + i, 11 * 256);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    /** The few cell styles of the sheet, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            label = workbook.createCellStyle();
            label.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            var format = workbook.createDataFormat();
            whole = workbook.createCellStyle();
            whole.setDataFormat(format.getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(format.getFormat("#,##0.0"));
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("dd/mm/yyyy"));
            for (CellStyle s : List.of(title, label, header, text, wrapped, whole, decimal, date)) {
                s.setVerticalAlignment(VerticalAlignment.TOP);
            }
        }
    }
}
