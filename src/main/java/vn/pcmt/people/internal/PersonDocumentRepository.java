package vn.pcmt.people.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every read leaves deleted rows out: the entity declares it ({@code @SQLRestriction}, ADR 028). */
public interface PersonDocumentRepository extends JpaRepository<PersonDocument, Long> {

    @Query("select d from PersonDocument d where d.personId = :personId order by d.uploadedAt desc")
    List<PersonDocument> findLive(long personId);
}
