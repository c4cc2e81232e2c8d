package vn.pcmt.hotspots.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A hotspot as recorded or corrected; {@code version} is the one read when correcting. */
public record HotspotForm(
        @NotBlank @Size(max = 10) String communeCode,
        Long villageId,
        @NotNull HotspotShape shape,
        @NotNull HotspotActivity activity,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String address,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        BusinessKind businessKind,
        @Size(max = 200) String businessName,
        @NotNull @PastOrPresent LocalDate detectedOn,
        @Size(max = 300) String source,
        @Size(max = 4000) String note,
        List<Long> suspectIds,
        Long version) {

    public List<Long> suspects() {
        return suspectIds == null ? List.of() : suspectIds.stream().distinct().toList();
    }
}
