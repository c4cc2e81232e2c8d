package vn.pcmt.access.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Budgets of failed logins per client address, and per address and account (token buckets, refilled
 * gradually over the window). An address that has spent its budget is refused before its password is
 * checked, with the answer a wrong password gets; it cannot go on guessing, nor lock the account (the
 * per-address budget at one account is smaller than the failures that lock it). Kept in memory: a restart
 * forgets them, and several instances each keep their own.
 */
@Component
class LoginThrottle {

    private final SecurityProperties properties;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(SecurityProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(properties.throttleWindow())
                .maximumSize(100_000)
                .build();
    }

    /** Whether this address may try (again) to log in to this account. */
    boolean allows(String address, String username) {
        return available(addressKey(address)) && available(pairKey(address, username));
    }

    /** Spends one failure of the address's budgets. */
    void failed(String address, String username) {
        bucket(addressKey(address), properties.addressAttempts()).tryConsume(1);
        bucket(pairKey(address, username), properties.addressAccountAttempts()).tryConsume(1);
    }

    private boolean available(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, properties.throttleWindow()))
                .build());
    }

    private static String addressKey(String address) {
        return "a|" + address;
    }

    private static String pairKey(String address, String username) {
        return "u|" + address + "|" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
