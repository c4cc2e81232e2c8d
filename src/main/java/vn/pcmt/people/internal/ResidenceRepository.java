package vn.pcmt.people.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.pcmt.people.Residence;

public interface ResidenceRepository extends JpaRepository<Residence, Long> {

    List<Residence> findByPersonIdOrderByValidFromDesc(long personId);
}
