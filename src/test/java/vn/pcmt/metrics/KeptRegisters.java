package vn.pcmt.metrics;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that count records in a province whose registers hold nothing else: the province keeps every register
 * since a date (ADR 030), so what the test records counts instead of being "no data". Undone by {@link #forget}.
 */
public final class KeptRegisters {

    private KeptRegisters() {}

    /** Every register kept since {@code since} in the province in force on {@code on}, where no start is entered yet. */
    public static void keep(JdbcClient jdbc, String provinceCode, LocalDate on, LocalDate since) {
        for (Register register : Register.values()) {
            jdbc.sql(
                            """
                            insert into register_start (unit_id, register, since)
                            select id, :register, :since from admin_unit
                             where level = 'PROVINCE' and code = :code
                               and (valid_from is null or valid_from <= :on) and (valid_to is null or valid_to >= :on)
                               and not exists (select 1 from register_start r where r.unit_id = admin_unit.id
                                                  and r.register = :register and r.deleted_at is null)
                            """)
                    .param("register", register.name())
                    .param("since", since)
                    .param("code", provinceCode)
                    .param("on", on)
                    .update();
        }
    }

    /** The starts {@link #keep} entered, removed (a test database row, not a user's deletion). */
    public static void forget(JdbcClient jdbc, String provinceCode) {
        jdbc.sql(
                        """
                        delete from register_start where unit_id in
                               (select id from admin_unit where level = 'PROVINCE' and code = :code)
                        """)
                .param("code", provinceCode)
                .update();
    }
}
