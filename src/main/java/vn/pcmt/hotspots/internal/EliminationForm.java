package vn.pcmt.hotspots.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The elimination (triệt xóa) of a hotspot: when, how and by which decision. */
public record EliminationForm(
        @NotNull @PastOrPresent LocalDate eliminatedOn,
        @NotBlank @Size(max = 500) String measure,
        @Size(max = 100) String decision,
        @NotNull Long version) {}
