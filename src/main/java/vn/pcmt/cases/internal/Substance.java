package vn.pcmt.cases.internal;

/** A seized substance of the reference table, with the unit its figures are summed in. */
public record Substance(String code, String name, String nameEn, SeizureUnit unit) {}
