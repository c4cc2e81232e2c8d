package vn.pcmt.cases.internal;

/** A Penal Code article on drug crimes, of the reference table. */
public record Article(String code, String name) {}
