package vn.pcmt.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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
    public record Table(List<String> headers, List<List<String>> rows, int headerRow) {

        public Table(List<String> headers, List<List<String>> rows) {
            this(headers, rows, 1);
        }
    }

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
            return new Table(headers, rows, sheet.getFirstRowNum() + 1);
        }
    }

    /** What {@link #stream} hands on: the header row first, then each row that holds a value. */
    public interface Rows {

        /** The first non-empty row of the sheet, and its row number in the sheet (1 for the first). */
        void headers(List<String> headers, int rowNumber);

        /**
         * A row below the headers that holds a value: its row number in the sheet, and its cells as text, as many as
         * the headers (an empty row is never handed on, and its number is skipped).
         */
        void row(int rowNumber, List<String> cells);
    }

    /**
     * Reads the first sheet as {@link #read} does, without ever holding it: an .xlsx is parsed as a stream of XML
     * (POI's event API), each row handed to {@code rows} and forgotten, so a file of 100,000 rows needs no more memory
     * than its shared strings (ADR 057). A workbook of the old format (.xls) is read whole and handed on the same way.
     */
    public static void stream(byte[] file, Rows rows) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(file));
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            Table table = read(file);
            int headerRow = table.headerRow();
            rows.headers(table.headers(), headerRow);
            for (int i = 0; i < table.rows().size(); i++) {
                if (table.rows().get(i) != null) {
                    rows.row(headerRow + 1 + i, table.rows().get(i));
                }
            }
            return;
        }
        try (pkg) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        styles, null, strings, new StreamedRows(rows), new DayFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof Stop stop) {
                throw stop;
            }
            throw new IOException("unreadable workbook", e);
        }
    }

    /** What an upload step shows of a sheet without holding it: its headers, its first rows, how many rows it has. */
    public record Summary(List<String> headers, List<List<String>> sample, int rows) {}

    /**
     * The headers, the first {@code sampleSize} rows holding a value and the number of rows below the headers (up to
     * the last one with a value, as {@link #read} counts them), read as a stream.
     */
    public static Summary summary(byte[] file, int sampleSize) throws IOException {
        List<String> headers = new ArrayList<>();
        List<List<String>> sample = new ArrayList<>();
        int[] rowNumbers = {0, 0}; // the header row's number, the last row's
        stream(file, new Rows() {
            @Override
            public void headers(List<String> values, int rowNumber) {
                headers.addAll(values);
                rowNumbers[0] = rowNumber;
                rowNumbers[1] = rowNumber;
            }

            @Override
            public void row(int rowNumber, List<String> cells) {
                if (sample.size() < sampleSize) {
                    sample.add(cells);
                }
                rowNumbers[1] = rowNumber;
            }
        });
        return new Summary(headers, sample, rowNumbers[1] - rowNumbers[0]);
    }

    /** Thrown by a {@link Rows} to stop reading (a row limit reached): {@link #stream} lets it through. */
    public static class Stop extends RuntimeException {
        public Stop() {
            super(null, null, false, false);
        }
    }

    /** The rows of the event API turned into header and padded text rows, as {@link #read} makes them. */
    private static final class StreamedRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private List<String> headers;
        private final List<String> cells = new ArrayList<>();

        StreamedRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (headers != null && column >= headers.size()) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.strip());
        }

        @Override
        public void endRow(int rowNum) {
            boolean empty = cells.stream().allMatch(String::isBlank);
            if (headers == null) {
                if (empty) {
                    return;
                }
                // the header row's width is its last cell, as the in-memory reader counts it
                headers = List.copyOf(cells);
                rows.headers(headers, rowNum + 1);
                return;
            }
            if (empty) {
                return;
            }
            List<String> row = new ArrayList<>(headers.size());
            row.addAll(cells);
            while (row.size() < headers.size()) {
                row.add("");
            }
            rows.row(rowNum + 1, row);
        }
    }

    /** Cells formatted as their sheet shows them, except dates: dd/MM/yyyy whatever the cell's date format. */
    private static final class DayFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date =
                        DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
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
