package vn.pcmt.localities.internal;

import java.time.Instant;

/** An evidence file of a criterion (without its bytes). */
public record Evidence(
        long id,
        long criterionId,
        String fileName,
        String contentType,
        int sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
