package vn.pcmt.facilities.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An assessment of one legal condition of a public rehab facility; {@code version} is the facility's, as read. */
public record AssessmentForm(
        @NotNull Criterion criterion,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate assessedOn,
        @NotNull Boolean met,
        @Size(max = 1000) String evidence,
        Long version)
        implements java.io.Serializable {}
