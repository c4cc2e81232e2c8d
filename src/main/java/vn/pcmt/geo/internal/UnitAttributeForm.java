package vn.pcmt.geo.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An attribute of a unit as entered: the unit's code (the version in force on {@code validFrom}), the attribute, from
 * when and until when (empty: still). {@code version} guards a change of an attribute already recorded.
 */
public record UnitAttributeForm(
        @NotBlank(message = "{unitAttribute.unit.required}") @Size(max = 10) String unitCode,
        @NotNull(message = "{unitAttribute.attribute.required}") UnitAttributeKind attribute,
        @NotNull(message = "{unitAttribute.validFrom.required}") LocalDate validFrom,
        LocalDate validTo,
        @Size(max = 500) String note,
        Long version)
        implements java.io.Serializable {}
