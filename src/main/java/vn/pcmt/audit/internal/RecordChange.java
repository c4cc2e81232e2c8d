package vn.pcmt.audit.internal;

import java.util.List;

/**
 * One record changed in a revision: its kind (and its name in the user's language), id, whether added, modified or
 * deleted, and each field before and after, as the pages show them (ADR 047).
 */
public record RecordChange(String entity, String entityLabel, String id, String type, List<FieldChange> fields) {

    /** A field (its column and its name) and its value before the revision and in it, formatted. */
    public record FieldChange(String name, String label, String before, String after, boolean changed) {}
}
