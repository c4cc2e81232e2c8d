package vn.pcmt.localities.internal;

import java.math.BigDecimal;

/**
 * A programme's figures for one group of communes (a former district, or the whole province): communes on the
 * programme's start date, registered, recognised (and not revoked). KT1 asks ≥30% registered per district.
 */
public record DrugFreeFigures(String groupCode, String groupName, long communes, long registered, long recognised) {

    public BigDecimal registeredPercent() {
        return KeyLocalityFigures.percent(registered, communes);
    }

    public BigDecimal recognisedPercent() {
        return KeyLocalityFigures.percent(recognised, communes);
    }
}
