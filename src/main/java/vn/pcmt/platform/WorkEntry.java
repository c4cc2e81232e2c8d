package vn.pcmt.platform;

import java.time.LocalDate;

/**
 * One thing to do on the work list (ADR 047): its group (a code such as {@code REPORT_DUE}, labelled by the message
 * {@code work.<group>}), whether it is late ({@code urgent}: shown red, listed first), what it is about ({@code
 * title}, {@code detail}, already in the user's language), the date that matters (the deadline, or the date it
 * started), and the page where it is done ({@code href}, a path of this application).
 */
public record WorkEntry(String group, boolean urgent, String title, String detail, LocalDate date, String href) {

    public WorkEntry {
        if (group == null || group.isBlank() || title == null || href == null || !href.startsWith("/")) {
            throw new IllegalArgumentException("a work item needs a group, a title and a path");
        }
    }
}
