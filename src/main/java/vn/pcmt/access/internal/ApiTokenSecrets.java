package vn.pcmt.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets of personal access tokens: {@code pcmt_} followed by 256 random bits in base64url, recognisable
 * in a leaked file or a secret scanner; kept only as the hex SHA-256 of the whole token (a random secret of
 * that length needs no slow hash, and a lookup by hash costs nothing).
 */
public final class ApiTokenSecrets {

    public static final String PREFIX = "pcmt_";

    /** Characters of a token shown in lists to tell tokens apart (the prefix and 6 of the secret). */
    public static final int SHOWN = PREFIX.length() + 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {}

    public static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
