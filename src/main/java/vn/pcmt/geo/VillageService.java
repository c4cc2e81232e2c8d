package vn.pcmt.geo;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.geo.internal.VillageForm;
import vn.pcmt.geo.internal.VillageRepository;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/** Villages of a commune, kept to the caller's jurisdiction. */
@Service
@Transactional
public class VillageService {

    private static final Comparator<Village> BY_NAME = VietnameseText.comparing(Village::getName);

    private final VillageRepository villages;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Clock clock;

    VillageService(VillageRepository villages, UnitService units, UnitCoverage coverage, Clock clock) {
        this.villages = villages;
        this.units = units;
        this.coverage = coverage;
        this.clock = clock;
    }

    /** Villages of a commune in Vietnamese order. Villages are not personal data: no jurisdiction needed. */
    @Transactional(readOnly = true)
    public List<Village> list(long communeId) {
        return villages.findLiveByCommune(communeId).stream().sorted(BY_NAME).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Village> find(long id) {
        return villages.findLiveById(id);
    }

    public Village create(long communeId, VillageForm form) {
        AdminUnit commune = units.findById(communeId)
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.validTo() == null)
                .orElseThrow(() -> new RuleViolationException("village.commune.invalid"));
        coverage.check(commune.id());
        if (villages.nameTaken(communeId, VietnameseText.fold(form.name()), null)) {
            throw new RuleViolationException("village.name.duplicate", form.name());
        }
        return villages.save(new Village(communeId, form.name(), form.kind()));
    }

    public Village update(long id, VillageForm form) {
        Village village = editable(id, form.version());
        if (villages.nameTaken(village.getCommuneId(), VietnameseText.fold(form.name()), id)) {
            throw new RuleViolationException("village.name.duplicate", form.name());
        }
        village.rename(form.name(), form.kind());
        return villages.saveAndFlush(village);
    }

    public void delete(long id, long version) {
        Village village = editable(id, version);
        village.delete(currentUsername(), Instant.now(clock));
        villages.saveAndFlush(village);
    }

    private Village editable(long id, Long version) {
        Village village = villages.findLiveById(id).orElseThrow();
        coverage.check(village.getCommuneId());
        if (version == null || version != village.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Village.class, id);
        }
        return village;
    }

    private static String currentUsername() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
