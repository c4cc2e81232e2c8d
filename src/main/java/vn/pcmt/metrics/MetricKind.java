package vn.pcmt.metrics;

/** A stock is read as of a date (people under management on 31/12); a flow is counted over a period. */
public enum MetricKind {
    STOCK,
    FLOW
}
