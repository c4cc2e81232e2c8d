package vn.pcmt.people.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A counselling session with a person (ADR 053): the day, the facility it was held at (the user's station or clinic
 * when empty), how and about what.
 */
public record CounsellingForm(
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
        Long facilityId,
        @NotNull CounsellingKind kind,
        @NotNull CounsellingTopic topic,
        @Size(max = 2000) String note) {}
