package vn.pcmt.people.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Where the person moves (the commune's code today), from when, and the new address. */
public record TransferForm(
        @NotBlank(message = "{transfer.commune.required}")
                @Pattern(regexp = "\\d{5}", message = "{person.commune.format}")
                String toCommuneCode,
        @NotNull(message = "{transfer.date.required}") LocalDate moveDate,
        @Size(max = 250) String address,
        @Size(max = 500) String note) {}
