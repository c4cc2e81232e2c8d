package vn.pcmt.hotspots.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** New activity found at an eliminated hotspot: it re-forms (tái hình thành) as a new hotspot linked to it. */
public record ReformationForm(
        @NotNull @PastOrPresent LocalDate detectedOn,
        HotspotActivity activity,
        @Size(max = 300) String source,
        @Size(max = 4000) String note) {}
