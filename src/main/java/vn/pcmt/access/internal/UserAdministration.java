package vn.pcmt.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.access.JurisdictionLevel;
import vn.pcmt.access.Workplaces;
import vn.pcmt.access.Workplaces.Workplace;
import vn.pcmt.agencies.Agency;
import vn.pcmt.agencies.AgencyService;
import vn.pcmt.audit.AccessEventKind;
import vn.pcmt.audit.AccessLog;
import vn.pcmt.geo.AdminUnit;
import vn.pcmt.geo.UnitCoverage;
import vn.pcmt.geo.UnitLevel;
import vn.pcmt.geo.UnitService;
import vn.pcmt.platform.RuleViolationException;
import vn.pcmt.text.VietnameseText;

/**
 * Creating, editing, disabling users and resetting passwords, by administrators, inside their own
 * jurisdiction: a provincial administrator manages the users of the province, never a national one.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('USER_ADMIN')")
public class UserAdministration {

    private final UserAccountRepository accounts;
    private final UnitService units;
    private final UnitCoverage coverage;
    private final AgencyService agencies;
    private final Workplaces facilities;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccessLog accessLog;
    private final Clock clock;

    UserAdministration(
            UserAccountRepository accounts,
            UnitService units,
            UnitCoverage coverage,
            AgencyService agencies,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AccessLog accessLog,
            Clock clock,
            Workplaces facilities) {
        this.facilities = facilities;
        this.accounts = accounts;
        this.units = units;
        this.coverage = coverage;
        this.agencies = agencies;
        this.policy = policy;
        this.encoder = encoder;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Users inside the administrator's jurisdiction whose username or name matches, in Vietnamese order. */
    @Transactional(readOnly = true)
    public List<UserAccount> search(String text) {
        String folded = VietnameseText.fold(text);
        return accounts.findAll().stream()
                .filter(this::visible)
                .filter(u -> folded.isEmpty()
                        || VietnameseText.fold(u.getUsername() + " " + u.getFullName())
                                .contains(folded))
                .sorted(Comparator.comparing(UserAccount::getFullName, VietnameseText.comparing(s -> s)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return accounts.findById(id).filter(this::visible);
    }

    public UserAccount create(UserForm form) {
        if (accounts.findByUsername(form.username()).isPresent()) {
            throw new RuleViolationException("user.username.taken", form.username());
        }
        checkPassword(form.password(), form.username());
        UserAccount account =
                new UserAccount(form.username().strip(), encoder.encode(form.password()), Instant.now(clock));
        applyProfile(account, form);
        return accounts.save(account);
    }

    public UserAccount update(long id, UserForm form) {
        UserAccount account = editable(id, form.version());
        applyProfile(account, form);
        return accounts.saveAndFlush(account);
    }

    public UserAccount setEnabled(long id, long version, boolean enabled) {
        UserAccount account = editable(id, version);
        account.setEnabled(enabled);
        return accounts.saveAndFlush(account);
    }

    public void resetPassword(long id, String password) {
        UserAccount account = accounts.findById(id).filter(this::visible).orElseThrow();
        checkPassword(password, account.getUsername());
        account.setPasswordHash(encoder.encode(password), Instant.now(clock));
        account.unlock();
        accounts.saveAndFlush(account);
        accessLog.record(AccessEventKind.PASSWORD_RESET, "UserAccount", id, account.getUsername());
    }

    /** The official code of the user's jurisdiction as it is today, or "" for national users. */
    @Transactional(readOnly = true)
    public String unitCode(UserAccount account) {
        return account.getUnitId() == null
                ? ""
                : units.findById(account.getUnitId()).map(AdminUnit::code).orElse("");
    }

    private void applyProfile(UserAccount account, UserForm form) {
        Workplace facility = resolveFacility(form);
        AdminUnit unit = facility != null && form.role().facilityScoped()
                ? units.findById(facility.communeId()).orElseThrow()
                : resolveUnit(form);
        if (facility != null && !form.role().facilityScoped()) {
            // a health worker's station lies in their jurisdiction
            if (unit == null || !coverage.covers(vn.pcmt.geo.Jurisdiction.of(unit.id()), facility.communeId())) {
                throw new RuleViolationException("user.facility.outsideUnit");
            }
        }
        Long agencyId = resolveAgency(form, unit);
        account.setProfile(
                VietnameseText.normalize(form.fullName()),
                VietnameseText.clean(form.email()),
                VietnameseText.clean(form.phone()),
                form.role(),
                unit == null ? null : unit.id(),
                agencyId);
        account.setFacilityId(facility == null ? null : facility.id());
    }

    /**
     * The facility a user works at (ADR 043): required for a rehab facility's staff (a rehab facility open today,
     * in the administrator's jurisdiction: it is their jurisdiction) and a clinic's staff (a substitution clinic, ADR
     * 053); optional for a health worker (a health station or
     * another facility that determines addiction); none for other roles.
     */
    private Workplace resolveFacility(UserForm form) {
        boolean staff = form.role().facilityScoped();
        boolean clinicStaff = form.role() == vn.pcmt.access.Role.SUBSTITUTION_CLINIC_STAFF;
        boolean health = form.role() == vn.pcmt.access.Role.HEALTH_WORKER;
        if (form.facilityId() == null) {
            if (staff) {
                throw new RuleViolationException("user.facility.required");
            }
            return null;
        }
        if (!staff && !health) {
            throw new RuleViolationException("user.facility.notForRole");
        }
        Workplace facility = facilities
                .find(form.facilityId())
                .filter(f -> f.openOn(LocalDate.now(clock))
                        && (clinicStaff ? f.clinic() : staff ? f.rehab() : f.determines()))
                .orElseThrow(() -> new RuleViolationException(
                        clinicStaff
                                ? "user.facility.notClinic"
                                : staff ? "user.facility.notRehab" : "user.facility.notStation"));
        if (!coverage.covers(coverage.current(), facility.communeId())) {
            throw new RuleViolationException("user.unit.outside");
        }
        return facility;
    }

    private AdminUnit resolveUnit(UserForm form) {
        if (form.unitCode() == null || form.unitCode().isBlank()) {
            if (!form.role().levels().contains(JurisdictionLevel.NATIONAL)) {
                throw new RuleViolationException("user.unit.required");
            }
            if (!coverage.current().isNational()) {
                throw new RuleViolationException("user.unit.outside");
            }
            return null;
        }
        AdminUnit unit = units.find(form.unitCode().strip(), LocalDate.now(clock))
                .orElseThrow(() -> new RuleViolationException("user.unit.unknown", form.unitCode()));
        JurisdictionLevel level =
                unit.level() == UnitLevel.PROVINCE ? JurisdictionLevel.PROVINCE : JurisdictionLevel.COMMUNE;
        if (!form.role().levels().contains(level)) {
            throw new RuleViolationException("user.unit.level");
        }
        if (!coverage.covers(coverage.current(), unit.id())) {
            throw new RuleViolationException("user.unit.outside");
        }
        return unit;
    }

    private Long resolveAgency(UserForm form, AdminUnit unit) {
        if (!form.role().requiresAgency()) {
            return null;
        }
        if (form.agencyId() == null) {
            throw new RuleViolationException("user.agency.required");
        }
        Agency agency = agencies.find(form.agencyId())
                .filter(a -> unit != null && a.getProvinceCode().equals(unit.provinceCode()))
                .orElseThrow(() -> new RuleViolationException("user.agency.province"));
        return agency.getId();
    }

    private void checkPassword(String password, String username) {
        List<String> problems = policy.violations(password, username);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.get(0), policy.minLength());
        }
    }

    private UserAccount editable(long id, Long version) {
        UserAccount account = accounts.findById(id).filter(this::visible).orElseThrow();
        if (version == null || version != account.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        return account;
    }

    private boolean visible(UserAccount account) {
        var jurisdiction = coverage.current();
        if (jurisdiction.isNational()) {
            return true;
        }
        return account.getUnitId() != null && coverage.covers(jurisdiction, account.getUnitId());
    }
}
