package vn.pcmt.localities.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.pcmt.metrics.Comparison;

/**
 * A criterion as entered: automatic over a metric ({@code AUTO_METRIC}: the metric, a denominator for a share,
 * a comparison and a threshold), one of the register checks, or manual with evidence ({@code MANUAL_…}).
 */
public record CriterionForm(
        @NotBlank(message = "{criterion.code.required}")
                @Size(max = 40)
                @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{criterion.code.pattern}")
                String code,
        @NotBlank(message = "{criterion.text.required}") @Size(max = 1000) String text,
        @NotNull(message = "{criterion.method.required}") CriterionMethod method,
        @Size(max = 80) String metricCode,
        @Size(max = 80) String denominator,
        Comparison comparison,
        @DecimalMin("-999999999999.99") @DecimalMax("999999999999.99") BigDecimal threshold) {}
