package vn.pcmt.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * What other modules may ask the plans register about a plan (reports are written against a plan): the plan inside
 * the caller's jurisdiction, whether the caller covers its province, and its targets' progress over a report's
 * period. Implemented by the register's service.
 */
public interface Plans {

    /**
     * A live plan of a province the caller works in.
     *
     * @throws java.util.NoSuchElementException when there is no such live plan
     * @throws vn.pcmt.geo.OutsideJurisdictionException when its province is outside the caller's jurisdiction
     */
    Plan get(long id);

    /**
     * The live plans of a province the caller works in (a commune's users work in their province): the reports'
     * part of the work list finds the regimes that ask the caller for a report (ADR 047).
     *
     * @throws vn.pcmt.geo.OutsideJurisdictionException when the caller does not work in the province
     */
    List<Plan> list(String provinceCode);

    /** Whether the caller's jurisdiction covers the whole province (not just a commune of it). */
    boolean coversProvince(String provinceCode);

    /**
     * Every target's progress for a unit in a report over a period: a yearly target is judged over the report's
     * period up to the date, and on its last day; the others as on the date.
     */
    List<TargetProgress> progress(long planId, String unitCode, ReportPeriod period, LocalDate date);
}
