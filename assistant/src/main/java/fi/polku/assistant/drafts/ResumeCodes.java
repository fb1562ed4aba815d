package fi.polku.assistant.drafts;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Resume codes: 60 random bits as 12 Crockford base32 characters shown in three groups ({@code 7KQ4-M2XD-9HBT}). The
 * alphabet has no I, L, O or U, so a code read aloud or typed from paper survives the usual confusions: case, spaces
 * and dashes are ignored, O reads as 0 and I or L as 1. Never log a code.
 */
@Component
public final class ResumeCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final int GROUP = 4;

    private final SecureRandom random = new SecureRandom();

    /** A new random code in its normalised form (12 characters, no dashes). */
    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as shown to the resident: groups of four joined by dashes. */
    public static String display(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i += GROUP) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(code, i, Math.min(code.length(), i + GROUP));
        }
        return shown.toString();
    }

    /** The normalised code of what the resident typed, or empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (mapped == ' ' || mapped == '-' || mapped == '\u00a0') {
                continue;
            }
            if (ALPHABET.indexOf(mapped) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(mapped);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}
