package vn.pcmt.agencies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.agencies.internal.AgencyForm;
import vn.pcmt.agencies.internal.AgencyRepository;
import vn.pcmt.agencies.internal.StandardAgencies;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/** Agencies of a province. Anyone may read them; changes need the province in the user's jurisdiction. */
@Service
@Transactional
public class AgencyService {

    private static final Comparator<Agency> BY_NAME = VietnameseText.comparing(Agency::getName);

    private final AgencyRepository agencies;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, UnitService units, UnitCoverage coverage, Clock clock) {
        this.agencies = agencies;
        this.units = units;
        this.coverage = coverage;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Agency> list(String provinceCode) {
        return agencies.findLive(provinceCode).stream().sorted(BY_NAME).toList();
    }

    /** The agencies of a province that exist on some day of the period (a plan's), in Vietnamese order. */
    @Transactional(readOnly = true)
    public List<Agency> listDuring(String provinceCode, LocalDate from, LocalDate to) {
        return list(provinceCode).stream()
                .filter(a -> a.inForceDuring(from, to))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Agency> find(long id) {
        return agencies.findLive(id);
    }

    /** An agency the current user may change: its province must be in their jurisdiction. */
    @Transactional(readOnly = true)
    public Agency findEditable(long id) {
        Agency agency = agencies.findLive(id).orElseThrow();
        checkProvince(agency.getProvinceCode());
        return agency;
    }

    public Agency create(String provinceCode, AgencyForm form) {
        checkProvince(provinceCode);
        checkValidity(form);
        if (agencies.codeTaken(provinceCode, form.code(), null)) {
            throw new RuleViolationException("agency.code.duplicate", form.code());
        }
        return agencies.save(new Agency(provinceCode, form));
    }

    public Agency update(long id, AgencyForm form) {
        Agency agency = editable(id, form.version());
        checkValidity(form);
        if (agencies.codeTaken(agency.getProvinceCode(), form.code(), id)) {
            throw new RuleViolationException("agency.code.duplicate", form.code());
        }
        agency.apply(form);
        return agencies.saveAndFlush(agency);
    }

    public void delete(long id, long version) {
        Agency agency = editable(id, version);
        agency.delete(SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(clock));
        agencies.saveAndFlush(agency);
    }

    /**
     * Adds the agencies of the standard list that the province does not have yet, with their validity across the
     * 2025 reorganisation of departments, named as a province's or a centrally-run city's; returns how many.
     */
    public int addStandardSet(String provinceCode) {
        AdminUnit province = checkProvince(provinceCode);
        int added = 0;
        for (AgencyForm form :
                StandardAgencies.forProvince(province.code(), province.name(), isCentralCity(province))) {
            if (!agencies.codeTaken(provinceCode, form.code(), null)) {
                agencies.save(new Agency(provinceCode, form));
                added++;
            }
        }
        return added;
    }

    /** A centrally-run city (thành phố trực thuộc trung ương): Hà Nội, Hồ Chí Minh City, Huế, Đà Nẵng… */
    static boolean isCentralCity(AdminUnit province) {
        return province.fullName() != null && province.fullName().startsWith("Thành phố");
    }

    private static void checkValidity(AgencyForm form) {
        if (form.validFrom() != null
                && form.validTo() != null
                && form.validFrom().isAfter(form.validTo())) {
            throw RuleViolationException.onField("validTo", "period.invalid", form.validFrom(), form.validTo());
        }
    }

    private Agency editable(long id, Long version) {
        Agency agency = agencies.findLive(id).orElseThrow();
        checkProvince(agency.getProvinceCode());
        if (version == null || version != agency.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Agency.class, id);
        }
        return agency;
    }

    private AdminUnit checkProvince(String provinceCode) {
        AdminUnit province = units.find(provinceCode, LocalDate.now(clock))
                .filter(u -> u.level() == UnitLevel.PROVINCE)
                .orElseThrow();
        coverage.check(province.id());
        return province;
    }
}
