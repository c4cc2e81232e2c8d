package vn.pcmt.substitution.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.ConditionalOnDemoData;

/**
 * Demo substitution treatment of Hưng Yên (ADR 044): two methadone clinics (the provincial one in Phường Phố Hiến
 * with a dispensing point, one in Phường Mỹ Hào) and, for every demo person whose record holds a substitution
 * treatment, an episode at the nearer clinic from the same day, linked to that legal episode; then, through the
 * service as the standing office would, about a quarter stopped (completed, quit, expelled) and a few transferred,
 * never after today. Once; off in tests ({@code pcmt.demo.substitution=false}).
 */
@Component
@ConditionalOnDemoData
@ConditionalOnProperty(name = "pcmt.demo.substitution", havingValue = "true", matchIfMissing = true)
@Order(70)
class SubstitutionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SubstitutionDemoData.class);

    private final JdbcClient jdbc;
    private final SubstitutionService substitution;
    private final TreatmentEpisodeRepository episodes;
    private final UserDetailsService users;
    private final Clock clock;

    SubstitutionDemoData(
            JdbcClient jdbc,
            SubstitutionService substitution,
            TreatmentEpisodeRepository episodes,
            UserDetailsService users,
            Clock clock) {
        this.jdbc = jdbc;
        this.substitution = substitution;
        this.episodes = episodes;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from substitution_episode where created_by = 'demo'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        Long phoHien = communeId("11953");
        Long myHao = communeId("12103");
        if (phoHien == null || myHao == null) {
            return;
        }
        long provincial = clinic(phoHien, "Cơ sở điều trị Methadone tỉnh Hưng Yên", null);
        long second = clinic(myHao, "Cơ sở điều trị Methadone Mỹ Hào", null);
        clinic(phoHien, "Điểm cấp phát thuốc Methadone Phố Hiến", provincial);
        List<Object[]> courses = jdbc.sql("select e.id, e.person_id, e.start_date from episode e"
                        + " join person p on p.id = e.person_id and p.created_by = 'demo' and p.deleted_at is null"
                        + " where e.kind = 'SUBSTITUTION_TREATMENT' and e.deleted_at is null and e.end_date is null"
                        + " and e.start_date >= '2023-01-01'"
                        + " and not exists (select 1 from substitution_episode t where t.legal_episode_id = e.id)"
                        + " order by e.id")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)})
                .list();
        Random random = new Random(2044);
        LocalDate today = LocalDate.now(clock);
        for (Object[] c : courses) {
            long clinic = random.nextInt(3) == 0 ? second : provincial;
            jdbc.sql("insert into substitution_episode (person_id, clinic_id, start_date, medicine, dose_regime,"
                            + " legal_episode_id, created_by) values (:p, :c, :s, 'METHADONE', :d, :l, 'demo')")
                    .param("p", c[1])
                    .param("c", clinic)
                    .param("s", c[2])
                    .param("d", (40 + 10 * random.nextInt(8)) + " mg/ngày")
                    .param("l", c[0])
                    .update();
        }
        var details = users.loadUserByUsername("tinh");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        int stopped = 0;
        try {
            for (TreatmentEpisode e : episodes.findAll()) {
                if (!"demo".equals(e.getCreatedBy()) || !e.isOpen()) {
                    continue;
                }
                int fate = random.nextInt(100);
                LocalDate day = e.getStartDate().plusDays(90 + random.nextInt(500));
                if (fate >= 30 || !day.isBefore(today)) {
                    continue;
                }
                try {
                    if (fate < 5) {
                        substitution.transfer(
                                e.getId(),
                                new TransferForm(
                                        day,
                                        e.getClinicId() == provincial ? second : provincial,
                                        null,
                                        null,
                                        null,
                                        e.getVersion()));
                    } else {
                        StopReason reason =
                                fate < 15 ? StopReason.QUIT : fate < 25 ? StopReason.COMPLETED : StopReason.EXPELLED;
                        substitution.stop(e.getId(), new StopForm(day, reason, e.getVersion()));
                        stopped++;
                    }
                } catch (RuntimeException refused) {
                    log.debug("Demo substitution: episode {} left open ({})", e.getId(), refused.getMessage());
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo substitution: 2 clinics, {} patients, {} stopped", courses.size(), stopped);
    }

    private Long communeId(String code) {
        return jdbc.sql("select id from admin_unit where code = :c and valid_to is null")
                .param("c", code)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private long clinic(long commune, String name, Long clinicId) {
        return jdbc.sql("insert into facility (commune_id, kind, name, public_owned, licence_number, valid_from,"
                        + " clinic_id, created_by) values (:c, :k, :n, true, :l, '2015-06-01', :clinic, 'demo')"
                        + " returning id")
                .param("c", commune)
                .param("k", clinicId == null ? "SUBSTITUTION_CLINIC" : "DISPENSING_POINT")
                .param("n", name)
                .param("l", clinicId == null ? "Giấy phép 15/SYT-ĐTTT" : null)
                .param("clinic", clinicId)
                .query(Long.class)
                .single();
    }
}
