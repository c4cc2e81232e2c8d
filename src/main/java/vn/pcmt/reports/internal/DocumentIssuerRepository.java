package vn.pcmt.reports.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentIssuerRepository extends JpaRepository<DocumentIssuer, Long> {

    /** The live settings of a reporter: a unit alone ({@code agencyId} null) or an agency (with its province). */
    @Query("select d from DocumentIssuer d where d.unitId = :unitId"
            + " and ((:agencyId is null and d.agencyId is null) or d.agencyId = :agencyId)")
    Optional<DocumentIssuer> findReporter(long unitId, Long agencyId);
}
