package vn.pcmt.geo.internal;

/**
 * What a unit may carry over a period: on the national border, on the coast, an island, on a drug trafficking route,
 * an area of ethnic minorities, mountainous. A group of units may be defined by one of them (ADR 024).
 */
public enum UnitAttributeKind {
    BORDER,
    COASTAL,
    ISLAND,
    TRAFFICKING_ROUTE,
    ETHNIC_MINORITY,
    MOUNTAINOUS
}
