package vn.pcmt.people.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransferRepository extends JpaRepository<Transfer, Long> {

    Optional<Transfer> findByPersonIdAndStatus(long personId, TransferStatus status);

    List<Transfer> findByStatusOrderByMoveDate(TransferStatus status);

    List<Transfer> findByPersonIdAndPresentedOnIsNullAndStatusIn(long personId, Collection<TransferStatus> statuses);

    List<Transfer> findByPresentedOnIsNullAndStatusInAndMoveDateGreaterThanEqualOrderByMoveDate(
            Collection<TransferStatus> statuses, LocalDate since);
}
