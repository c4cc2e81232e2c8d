package vn.pcmt.cases.internal;

import java.io.IOException;
import java.util.List;
import vn.pcmt.platform.Workbooks;

/**
 * The first sheet of an uploaded case list as text cells: a header row, then data rows; dates typed as Excel dates
 * come back as dd/MM/yyyy. (Read by {@link Workbooks#read}, as the facility and outreach lists are; ADR 045.)
 */
public final class CaseSheet {

    private final List<String> headers;
    private final List<List<String>> rows;

    private CaseSheet(List<String> headers, List<List<String>> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    public static CaseSheet read(byte[] file) throws IOException {
        Workbooks.Table table = Workbooks.read(file);
        return new CaseSheet(table.headers(), table.rows());
    }

    public List<String> headers() {
        return headers;
    }

    /** Data rows; an empty row in the middle is null (and skipped). */
    public List<List<String>> rows() {
        return rows;
    }
}
