package vn.pcmt.localities;

import java.math.BigDecimal;

/** One criterion of a criteria set. */
public record DrugFreeCriterion(
        long id, long setId, int ordinal, String code, String text, CriterionMethod method, BigDecimal threshold) {}
