package vn.pcmt.audit.internal;

import java.util.List;

/** One record changed in a revision: its kind, id, whether added, modified or deleted, and each field before and after. */
public record RecordChange(String entity, String id, String type, List<FieldChange> fields) {

    /** A field's value before the revision and in it. */
    public record FieldChange(String name, String before, String after) {

        public boolean changed() {
            return before == null ? after != null : !before.equals(after);
        }
    }
}
