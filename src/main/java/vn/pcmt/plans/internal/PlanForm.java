package vn.pcmt.plans.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A plan's heading: who issued it, when, for which period, on what basis and for what. */
public record PlanForm(
        @NotBlank @Size(max = 2) String provinceCode,
        @NotBlank @Size(max = 100) String number,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 250) String issuer,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDate periodFrom,
        @NotNull LocalDate periodTo,
        @Size(max = 8000) String legalBasis,
        @Size(max = 8000) String objectives) {}
