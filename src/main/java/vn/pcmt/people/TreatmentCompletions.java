package vn.pcmt.people;

/**
 * Where the relapse figures ({@code people.relapsed_6m}, {@code people.relapsed_12m}, {@code
 * people.completed_treatment}) find people who completed a treatment, besides the rehab episodes of the person
 * register: a register of another module (substitution treatment) contributes its completions as a bean of this
 * type (ADR 048). A person counts once in the unit where they lived on the day they completed it.
 */
public interface TreatmentCompletions {

    /**
     * A SQL {@code select} of two columns, {@code person_id} (a {@code person.id}) and {@code completed_on} (a date),
     * one row per treatment completed (not quit, not expelled) between {@code :from} and {@code :to}, both included,
     * live rows only. It takes no other parameter and is put in a {@code union all} as it is.
     */
    String completionsSql();
}
