package vn.pcmt.localities.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A province's criteria set as entered (a new set, or the next revision of one): its code, name, level, effective
 * dates, legal source, whether the text was checked against the source, and its criteria in order.
 */
public record CriteriaSetForm(
        @NotBlank(message = "{criteriaSet.province.required}") @Size(max = 2) String provinceCode,
        @NotBlank(message = "{criteriaSet.code.required}")
                @Size(max = 40)
                @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{criteriaSet.code.pattern}")
                String code,
        @NotBlank(message = "{criteriaSet.name.required}") @Size(max = 300) String name,
        CriteriaLevel level,
        @NotNull(message = "{criteriaSet.validFrom.required}") LocalDate validFrom,
        LocalDate validTo,
        @NotBlank(message = "{criteriaSet.source.required}") @Size(max = 300) String source,
        Boolean confirmed,
        @NotEmpty(message = "{criteriaSet.criteria.required}") @Size(max = 50)
                List<@Valid @NotNull CriterionForm> criteria) {

    public CriteriaLevel levelOrCommune() {
        return level == null ? CriteriaLevel.COMMUNE : level;
    }

    public boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}
