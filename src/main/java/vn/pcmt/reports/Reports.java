package vn.pcmt.reports;

import java.util.List;
import vn.pcmt.geo.AdminUnit;

/**
 * What other modules may ask the reports register: the reports to send soon and the unit each is written for (the
 * home page's work list). Implemented by the register's service.
 */
public interface Reports {

    /**
     * Reports still to be sent (draft or returned) whose deadline is past or within the days given, among the units
     * the caller's jurisdiction covers: for the work list.
     */
    List<Report> dueSoon(int days);

    /** The unit a report is written for. */
    AdminUnit unitOf(Report report);
}
