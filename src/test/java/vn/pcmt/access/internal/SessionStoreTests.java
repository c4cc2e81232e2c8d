package vn.pcmt.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import vn.pcmt.PcmtTest;
import vn.pcmt.agencies.AgencyKind;
import vn.pcmt.agencies.internal.AgencyForm;
import vn.pcmt.platform.OnceAcrossInstances;

/**
 * Several instances (ADR 055): a session written by one instance is read by another from the database (the tables of
 * V81, as Spring Session JDBC uses them in production), with the signed-in user and a form flashed back with its
 * errors; scheduled work claimed by one instance is skipped by the others.
 */
@PcmtTest
class SessionStoreTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountUserDetailsService accounts;

    @Autowired
    OnceAcrossInstances once;

    /** The application's customization of the repository: PostgreSQL's queries (platform.internal.SessionConfiguration). */
    @Autowired
    org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSql;

    @Test
    void two_requests_of_one_session_adding_the_same_attribute_at_once_both_save() {
        JdbcIndexedSessionRepository sessions = instance();
        postgreSql.customize(sessions);
        List<Session> both = twoRequestsAddingAFlash(sessions);
        save(sessions, both.get(0));
        save(sessions, both.get(1));
        Session read = sessions.findById(both.get(0).getId());
        assertThat(read.<String>getAttribute("flash")).isEqualTo("hai");

        // with the repository's generic queries, the second insert broke the attributes' primary key (a 500)
        JdbcIndexedSessionRepository generic = instance();
        List<Session> plain = twoRequestsAddingAFlash(generic);
        save(generic, plain.get(0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> save(generic, plain.get(1)))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    /** A saved session read by two requests, each adding the flash message of its redirect (not saved yet). */
    private static List<Session> twoRequestsAddingAFlash(JdbcIndexedSessionRepository repository) {
        Session session = repository.createSession();
        save(repository, session);
        Session one = repository.findById(session.getId());
        Session other = repository.findById(session.getId());
        one.setAttribute("flash", "một");
        other.setAttribute("flash", "hai");
        return List.of(one, other);
    }

    private JdbcIndexedSessionRepository instance() {
        return new JdbcIndexedSessionRepository(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void save(JdbcIndexedSessionRepository repository, Session session) {
        ((SessionRepository) repository).save(session);
    }

    @Test
    void a_session_saved_by_one_instance_is_read_by_another_with_its_user_and_a_flashed_form() {
        JdbcIndexedSessionRepository first = instance();
        JdbcIndexedSessionRepository second = instance();
        UserDetails tinh = accounts.loadUserByUsername("tinh");
        SecurityContext context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(tinh, null, tinh.getAuthorities()));
        AgencyForm form = new AgencyForm("CA-X", "", null, AgencyKind.values()[0], null);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "agencyForm");
        errors.reject("agency.name.required");

        Session session = first.createSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", context);
        session.setAttribute("flash", List.of(form, errors));
        save(first, session);

        Session read = second.findById(session.getId());
        assertThat(read).isNotNull();
        SecurityContext readContext = read.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(((PcmtUserDetails) readContext.getAuthentication().getPrincipal())
                        .user()
                        .username())
                .isEqualTo("tinh");
        List<?> flash = read.getAttribute("flash");
        assertThat(flash.get(0)).isEqualTo(form);
        assertThat(((BeanPropertyBindingResult) flash.get(1)).getGlobalError().getCode())
                .isEqualTo("agency.name.required");
        assertThat(second.findByPrincipalName("tinh")).containsKey(session.getId());
        second.deleteById(session.getId());
        assertThat(first.findById(session.getId())).isNull();
    }

    @Test
    void scheduled_work_runs_on_one_instance_while_another_skips_it_and_not_again_within_its_period() throws Exception {
        String job = "test.once." + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first =
                CompletableFuture.supplyAsync(() -> once.run(job, Duration.ofMinutes(1), () -> {
                    runs.incrementAndGet();
                    running.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(once.run(job, Duration.ofMinutes(1), runs::incrementAndGet))
                .as("skipped while another instance runs it")
                .isFalse();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(once.run(job, Duration.ofMinutes(1), runs::incrementAndGet))
                .as("not again within its period")
                .isFalse();
        assertThat(runs).hasValue(1);
        assertThat(once.run(job, Duration.ZERO, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }
}
