package fi.polku.assistant.system;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Unguessable ids and tokens for URLs: 128 random bits as 22 base64url characters. Never log them. */
@Component
public final class RandomIds {

    private static final int BYTES = 16;

    // DRBG (NIST SP 800-90A, seeded from the OS): the default NativePRNG reads /dev/urandom under a lock on every call.
    private final SecureRandom random = drbg();

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** A new random id. */
    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the text has the shape of an id this class makes; anything else can be refused without a lookup. */
    public static boolean looksLikeId(String text) {
        return text.length() == 22 && text.chars().allMatch(RandomIds::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
