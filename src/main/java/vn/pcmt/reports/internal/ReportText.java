package vn.pcmt.reports.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The narrative the reporter writes; {@code version} is the one read. */
public record ReportText(
        @Size(max = 100) String number,
        @Size(max = 20000) String results,
        @Size(max = 20000) String limits,
        @Size(max = 20000) String causes,
        @Size(max = 20000) String proposals,
        @NotNull Long version) {}
