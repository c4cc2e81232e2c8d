package vn.pcmt.cases.internal;

import java.time.LocalDate;
import java.util.List;

/** A case as lists show it: no suspect's identity. */
public record CaseRow(
        long id,
        LocalDate detectedOn,
        String communeCode,
        String communeName,
        String agencyName,
        String summary,
        CaseStage stage,
        List<String> articles,
        boolean cyberspace,
        boolean transnational,
        boolean organisedRing,
        boolean keyRoute,
        long suspects,
        long seizures) {}
