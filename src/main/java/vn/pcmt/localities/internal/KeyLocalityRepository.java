package vn.pcmt.localities.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KeyLocalityRepository extends JpaRepository<KeyLocality, Long> {

    @Query("select k from KeyLocality k where k.id = :id and k.deletedAt is null")
    Optional<KeyLocality> findLive(Long id);
}
