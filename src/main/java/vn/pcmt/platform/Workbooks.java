package vn.pcmt.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every workbook the application reads and the reference lists it writes (ADR 048, ADR 049): the first sheet of a
 * workbook as a header row and text rows — the one reader of the person and case imports (which map its columns by
 * their headers, {@link ImportPages}) and of the reference lists (facilities, schools, zones, media, which take the
 * template's columns in order, {@link ListImport}) — and a plain workbook of a heading line, a header row and text
 * rows.
 */
public final class Workbooks {

    /** The largest file an import accepts. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The media type of an .xlsx file. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {}

    /** The first sheet: its first non-empty row as headers, then the rows (an empty row in the middle is null). */
    public record Table(List<String> headers, List<List<String>> rows) {}

    /** Reads the first sheet; dates typed as Excel dates come back as dd/MM/yyyy. */
    public static Table read(byte[] file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> headers = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null || sheet.getFirstRowNum() < 0) {
                return new Table(headers, rows);
            }
            int width = headerRow.getLastCellNum();
            for (int c = 0; c < width; c++) {
                headers.add(text(headerRow.getCell(c), formatter));
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                boolean empty = true;
                for (int c = 0; c < width; c++) {
                    String value = row == null ? "" : text(row.getCell(c), formatter);
                    empty &= value.isBlank();
                    cells.add(value);
                }
                rows.add(empty ? null : cells);
            }
            while (!rows.isEmpty() && rows.get(rows.size() - 1) == null) {
                rows.remove(rows.size() - 1);
            }
            return new Table(headers, rows);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getDateCellValue()
                    .toInstant()
                    .atZone(ZoneId.systemDefault())
                    .toLocalDate();
            return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
        return formatter.formatCellValue(cell).strip();
    }

    /**
     * A workbook of one sheet: the heading (when given) on the first line and an empty line, then the headers in
     * bold and the rows, every cell as text.
     */
    public static byte[] write(String sheetName, String heading, List<String> headers, List<List<String>> rows)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            int r = 0;
            if (heading != null) {
                sheet.createRow(r).createCell(0).setCellValue(heading);
                r += 2;
            }
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(r++);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
            }
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
