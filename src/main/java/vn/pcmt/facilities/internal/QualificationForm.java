package vn.pcmt.facilities.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A qualification of a facility, since/until; {@code version} is the facility's, as read. */
public record QualificationForm(
        @NotNull QualificationKind kind,
        @NotNull @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate since,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate until,
        @Size(max = 200) String decision,
        Long version)
        implements java.io.Serializable {}
