package vn.pcmt.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module gives the signed-in user's work list (ADR 047): each module that has something for an officer to do
 * (reports to send or review, tasks due, figures to enter or review, people's deadlines, moves to accept) offers one
 * bean of this interface; the home page and {@code GET /api/v1/work-list} collect them all, so the shell depends on
 * no module to list their work. An implementation answers for the current user only: what their role may act on, in
 * their jurisdiction; it returns nothing (never throws) where the user has nothing to do there.
 */
public interface WorkItems {

    /** The current user's items of this module as of {@code today}, in no particular order. */
    List<WorkEntry> due(LocalDate today);
}
