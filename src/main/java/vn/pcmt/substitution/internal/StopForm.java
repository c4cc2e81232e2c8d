package vn.pcmt.substitution.internal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Stopping an open episode: the last day in treatment and why (not TRANSFERRED: a transfer has its own form). */
public record StopForm(
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate stopDate,
        @NotNull StopReason reason,
        Long version) {}
