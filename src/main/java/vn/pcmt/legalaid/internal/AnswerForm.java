package vn.pcmt.legalaid.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The answer to a request: eligible or not (with the reason when not), and for an eligible one the day served and the
 * provider; {@code version} is the one read.
 */
public record AnswerForm(
        @NotNull Boolean eligible,
        @Size(max = 500) String eligibilityReason,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate servedOn,
        Long providerAgencyId,
        @Size(max = 200) String providerName,
        Long version)
        implements java.io.Serializable {}
