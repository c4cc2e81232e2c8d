package vn.pcmt.substitution.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DispensingRepository extends JpaRepository<Dispensing, Long> {

    List<Dispensing> findByEpisodeIdAndDispensedOnBetweenOrderByDispensedOnDescIdDesc(
            long episodeId, LocalDate from, LocalDate to);

    boolean existsByEpisodeIdAndDispensedOn(long episodeId, LocalDate day);
}
