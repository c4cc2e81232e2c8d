package vn.pcmt.cases.internal;

/** The flags a case may carry, each a filter of the list and a figure of the catalogue. */
public enum CaseFlag {
    CYBERSPACE("cyberspace", "cyber"),
    TRANSNATIONAL("transnational", "transnational"),
    ORGANISED_RING("organised_ring", "ring"),
    KEY_ROUTE("key_route", "key_route");

    private final String column;
    private final String metricSuffix;

    CaseFlag(String column, String metricSuffix) {
        this.column = column;
        this.metricSuffix = metricSuffix;
    }

    /** The boolean column of {@code drug_case}. */
    public String column() {
        return column;
    }

    /** The suffix of its metric code: {@code cases.detected_<suffix>}. */
    public String metricSuffix() {
        return metricSuffix;
    }
}
