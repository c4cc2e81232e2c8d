package vn.pcmt.plans.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.pcmt.plans.Plan;
import vn.pcmt.plans.TargetProgress;

/**
 * The plan dashboard's tables as Excel workbooks: every target's progress for a unit on a date, and one target for
 * each unit beneath it. Numbers are numeric cells; dates read dd/MM/yyyy; headers in the user's language.
 */
@Component
public class PlanWorkbook {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    PlanWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] progress(Plan plan, String unitName, LocalDate date, List<TargetProgress> progress, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text("plan.xlsx.progressSheet", locale));
            CellStyle bold = bold(workbook);
            title(sheet, bold, plan, unitName, date, locale);
            String[] headers = {
                "plan.target.code",
                "plan.target.text",
                "plan.xlsx.from",
                "plan.xlsx.to",
                "plan.target.value",
                "plan.xlsx.form",
                "plan.xlsx.comparison",
                "plan.xlsx.threshold",
                "plan.xlsx.judgedOn",
                "hotspot.state",
                "plan.xlsx.unitsMeeting",
                "plan.xlsx.source"
            };
            header(sheet, bold, 3, headers, locale);
            int r = 4;
            for (TargetProgress p : progress) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.code());
                row.createCell(1).setCellValue(p.text());
                row.createCell(2).setCellValue(p.from().format(DMY));
                row.createCell(3).setCellValue(p.to().format(DMY));
                number(row, 4, p.value());
                row.createCell(5).setCellValue(text("plan.form." + p.form(), locale));
                row.createCell(6).setCellValue(p.comparison().symbol());
                number(row, 7, p.threshold());
                row.createCell(8).setCellValue(p.judgedOn().format(DMY));
                row.createCell(9).setCellValue(text("plan.status." + p.status(), locale));
                row.createCell(10).setCellValue(p.unitsTotal() == null ? "" : p.unitsMeeting() + "/" + p.unitsTotal());
                row.createCell(11).setCellValue(p.source() == null ? "" : text("plan.source." + p.source(), locale));
            }
            sheet.setColumnWidth(1, 80 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] breakdown(
            Plan plan, PlanTarget target, String unitName, LocalDate date, List<UnitProgress> units, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(target.getCode());
            CellStyle bold = bold(workbook);
            title(sheet, bold, plan, unitName, date, locale);
            sheet.createRow(2).createCell(0).setCellValue(target.getCode() + " — " + target.getText());
            header(
                    sheet,
                    bold,
                    3,
                    new String[] {"plan.xlsx.unitCode", "figure.unit", "plan.target.value", "hotspot.state"},
                    locale);
            int r = 4;
            for (UnitProgress u : units) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.unitCode());
                row.createCell(1).setCellValue(u.unitName());
                number(row, 2, u.value());
                row.createCell(3).setCellValue(text("plan.status." + u.status(), locale));
            }
            sheet.setColumnWidth(1, 40 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void title(Sheet sheet, CellStyle bold, Plan plan, String unitName, LocalDate date, Locale locale) {
        var cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(plan.numberShown() + " — " + plan.getTitle());
        cell.setCellStyle(bold);
        sheet.createRow(1).createCell(0).setCellValue(text("plan.xlsx.unitOn", locale, unitName, date.format(DMY)));
    }

    private void header(Sheet sheet, CellStyle bold, int at, String[] keys, Locale locale) {
        Row header = sheet.createRow(at);
        for (int i = 0; i < keys.length; i++) {
            var cell = header.createCell(i);
            cell.setCellValue(text(keys[i], locale));
            cell.setCellStyle(bold);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        } else {
            row.createCell(column).setCellValue("—");
        }
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
