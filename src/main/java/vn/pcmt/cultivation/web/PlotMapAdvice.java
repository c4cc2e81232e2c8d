package vn.pcmt.cultivation.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitService;

/**
 * The province whose boundary the plot form's map shows (the user's; Hà Nội, the first, for a national user): a plot
 * is placed on the map by a click, as a hotspot is (ADR 045).
 */
@ControllerAdvice(assignableTypes = PlotController.class)
class PlotMapAdvice {

    private final UnitService units;
    private final UnitCoverage coverage;

    PlotMapAdvice(UnitService units, UnitCoverage coverage) {
        this.units = units;
        this.coverage = coverage;
    }

    @ModelAttribute("mapProvinceCode")
    String mapProvinceCode() {
        return units.provinceCodeOf(coverage.current(), UnitService.FIRST_PROVINCE);
    }
}
