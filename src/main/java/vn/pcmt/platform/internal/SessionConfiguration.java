package vn.pcmt.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (ADR 055) written with its upserts: two requests of one session at once (two tabs, a form sent
 * twice) both adding the same attribute, such as the flash message of a redirect, made the second insert fail on the
 * attributes' primary key and the request answer 500 (found by the Gatling saturation ramp at 100 users/s).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionQueries() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
