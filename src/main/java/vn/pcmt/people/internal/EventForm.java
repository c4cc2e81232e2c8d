package vn.pcmt.people.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An event as entered: a test needs its result, a service its kind. */
public record EventForm(
        @NotNull(message = "{event.kind.required}") EventKind kind,
        @NotNull(message = "{event.date.required}") LocalDate date,
        @Size(max = 100) String testKit,
        @Size(max = 200) String substances,
        TestResult result,
        ServiceKind service,
        @Size(max = 200) String provider,
        @Size(max = 1000) String note) {

    public static EventForm of(EventKind kind) {
        return new EventForm(kind, null, "", "", null, null, "", "");
    }
}
