package vn.pcmt.access.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(long userId);
}
