package vn.pcmt.cases.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The first sheet of an uploaded case list as text cells: a header row, then data rows; dates typed as Excel dates
 * come back as dd/MM/yyyy. (The person register reads its sheets the same way; ADR 045.)
 */
public final class CaseSheet {

    private final List<String> headers;
    private final List<List<String>> rows;

    private CaseSheet(List<String> headers, List<List<String>> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    public static CaseSheet read(byte[] file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> headers = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            int first = sheet.getFirstRowNum();
            Row headerRow = sheet.getRow(first);
            if (headerRow == null) {
                return new CaseSheet(headers, rows);
            }
            int width = Math.max(headerRow.getLastCellNum(), 0);
            for (int c = 0; c < width; c++) {
                headers.add(text(headerRow.getCell(c), formatter));
            }
            for (int r = first + 1; r <= sheet.getLastRowNum(); r++) {
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
            return new CaseSheet(headers, rows);
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

    public List<String> headers() {
        return headers;
    }

    /** Data rows; an empty row in the middle is null (and skipped). */
    public List<List<String>> rows() {
        return rows;
    }
}
