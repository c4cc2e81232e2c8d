package vn.pcmt.substitution.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every read leaves deleted episodes out ({@code @SQLRestriction}, ADR 028). */
public interface TreatmentEpisodeRepository extends JpaRepository<TreatmentEpisode, Long> {

    List<TreatmentEpisode> findByPersonIdOrderByStartDateAscIdAsc(long personId);
}
