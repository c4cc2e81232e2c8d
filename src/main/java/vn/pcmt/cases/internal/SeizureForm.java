package vn.pcmt.cases.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A seizure: a substance with its quantity and unit, or other seized items as free text (or both);
 * {@code caseVersion} is the case's version read.
 */
public record SeizureForm(
        @Size(max = 32) String substance,
        @Positive @DecimalMax("99999999999") BigDecimal quantity,
        SeizureUnit unit,
        @Size(max = 1000) String otherItems,
        Long caseVersion) {}
