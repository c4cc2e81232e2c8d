package vn.pcmt.cases.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as recorded or corrected: the commune code (of the unit in force on the detection date), the detecting
 * agency, the Penal Code articles and the flags; {@code version} is the one read when correcting.
 */
public record CaseForm(
        @NotBlank @Size(max = 10) String communeCode,
        @NotNull @PastOrPresent LocalDate detectedOn,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @NotNull Long agencyId,
        @NotBlank @Size(max = 1000) String summary,
        @Size(max = 14) List<@NotBlank @Size(max = 8) String> articles,
        Boolean cyberspace,
        Boolean transnational,
        Boolean organisedRing,
        Boolean keyRoute,
        @Size(max = 4000) String note,
        Long version) {

    public boolean isCyberspace() {
        return Boolean.TRUE.equals(cyberspace);
    }

    public boolean isTransnational() {
        return Boolean.TRUE.equals(transnational);
    }

    public boolean isOrganisedRing() {
        return Boolean.TRUE.equals(organisedRing);
    }

    public boolean isKeyRoute() {
        return Boolean.TRUE.equals(keyRoute);
    }

    public List<String> articleCodes() {
        return articles == null
                ? List.of()
                : articles.stream().map(String::strip).distinct().toList();
    }
}
