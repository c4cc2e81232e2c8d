package vn.pcmt.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An administrative violation as lists show it: the identification number masked. */
public record ViolationRow(
        long id,
        LocalDate decidedOn,
        String communeCode,
        String communeName,
        Long personId,
        String fullName,
        String idNumberMasked,
        String decisionNumber,
        String behaviour,
        BigDecimal fine,
        String measure,
        long version) {}
