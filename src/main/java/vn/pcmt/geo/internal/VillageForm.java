package vn.pcmt.geo.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters to create or rename a village; {@code version} guards concurrent edits. */
public record VillageForm(
        @NotBlank(message = "{village.name.required}") @Size(max = 150, message = "{village.name.size}") String name,
        @NotNull(message = "{village.kind.required}") VillageKind kind,
        Long version)
        implements java.io.Serializable {}
