package vn.pcmt.geo.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A group of units as entered: its province, name, validity and either an attribute (the units of the province
 * carrying it on a date) or the codes of its units (each the version in force on {@code validFrom}, or today).
 * {@code version} guards concurrent edits.
 */
public record UnitGroupForm(
        @NotBlank(message = "{unitGroup.province.required}") @Size(max = 2) String provinceCode,
        @NotBlank(message = "{unitGroup.name.required}") @Size(max = 200, message = "{unitGroup.name.size}")
                String name,
        @Size(max = 1000) String description,
        UnitAttributeKind attribute,
        @Size(max = 2000) List<@NotBlank @Size(max = 10) String> unitCodes,
        @NotNull(message = "{unitGroup.validFrom.required}") LocalDate validFrom,
        LocalDate validTo,
        Long version) {

    public List<String> codes() {
        return unitCodes == null
                ? List.of()
                : unitCodes.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }
}
