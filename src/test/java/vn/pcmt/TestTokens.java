package vn.pcmt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Personal access tokens for tests: {@code .with(tokens.bearer("xa1"))} instead of HTTP Basic. */
@org.springframework.boot.test.context.TestComponent
public class TestTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    TestTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token of the user, valid for a month from the application's day, that may change data. */
    public RequestPostProcessor bearer(String username) {
        return withToken(create(username, false));
    }

    public static RequestPostProcessor withToken(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /** Stores a token for the user as the application would and returns its secret. */
    public String create(String username, boolean readOnly) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "pcmt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, read_only, expires_on)"
                        + " select id, 'test', :h, :p, :r, :expires from user_account"
                        + " where lower(username) = lower(:u)")
                .param("h", sha256(token))
                .param("expires", LocalDate.now(clock).plusDays(30))
                .param("p", token.substring(0, 11))
                .param("r", readOnly)
                .param("u", username)
                .update();
        return token;
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
