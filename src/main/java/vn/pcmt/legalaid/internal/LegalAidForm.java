package vn.pcmt.legalaid.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A request for legal aid as entered: the commune where it was made (code in force on the day), the person of the
 * register or none (anonymous), what is asked; eligibility (unknown until decided) with its reason; the service
 * (day served and the provider: an agency of the province or a named legal-aid centre).
 */
public record LegalAidForm(
        @NotBlank @Size(max = 10) String communeCode,
        Long personId,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate requestedOn,
        @NotBlank @Size(max = 500) String subject,
        Boolean eligible,
        @Size(max = 500) String eligibilityReason,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate servedOn,
        Long providerAgencyId,
        @Size(max = 200) String providerName,
        @Size(max = 4000) String note,
        Long version) {}
