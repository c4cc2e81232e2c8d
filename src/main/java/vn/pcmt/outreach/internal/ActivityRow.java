package vn.pcmt.outreach.internal;

import java.time.LocalDate;

/** An outreach activity in a list: the communes reached by name, how many schools and zones. */
public record ActivityRow(
        long id,
        LocalDate heldOn,
        OutreachForm form,
        Audience audience,
        String title,
        String communes,
        int schools,
        int zones,
        Integer participants) {}
