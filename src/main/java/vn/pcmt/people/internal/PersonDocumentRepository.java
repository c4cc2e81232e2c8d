package vn.pcmt.people.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonDocumentRepository extends JpaRepository<PersonDocument, Long> {

    @Query(
            "select d from PersonDocument d where d.personId = :personId and d.deletedAt is null order by d.uploadedAt desc")
    List<PersonDocument> findLive(long personId);
}
