package eu.youthpass.certificate;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The number printed on a certificate and typed by whoever checks it: four groups of four characters, e.g.
 * {@code 9XKC-AWFY-HRDM-YG4F}. The alphabet leaves out characters that people confuse when reading print or
 * handwriting (0 O Q, 1 I L, 2 Z, 5 S, 8 B, U V); the 22 symbols left give 16 random characters about 71 bits,
 * far beyond guessing. Typing is forgiving: any case, with or
 * without dashes or spaces.
 */
public final class CertificateNumber {

    /** Digits and capitals without look-alikes (see the class comment); never change: printed numbers use it. */
    public static final String ALPHABET = "34679ACDEFGHJKMNPRTWXY";
    public static final int LENGTH = 16;
    private static final int GROUP = 4;

    private final String characters;

    private CertificateNumber(String characters) {
        this.characters = characters;
    }

    public static CertificateNumber generate(SecureRandom random) {
        StringBuilder characters = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            characters.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new CertificateNumber(characters.toString());
    }

    /** The number in what someone typed or scanned, or empty when it cannot be one. */
    public static Optional<CertificateNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder characters = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || isDash(c)) {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if (ALPHABET.indexOf(upper) < 0 || characters.length() == LENGTH) {
                return Optional.empty();
            }
            characters.append(upper);
        }
        return characters.length() == LENGTH ? Optional.of(new CertificateNumber(characters.toString()))
                : Optional.empty();
    }

    private static boolean isDash(char c) {
        // what keyboards and word processors make of a typed or copied "-"
        return c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    /** The path on which anyone can check the certificate: {@code <baseUrl>/verify/<number>}. */
    public String verificationUrl(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/verify/" + this;
    }

    /** The sixteen characters without dashes, as stored. */
    public String compact() {
        return characters;
    }

    /** The printed form, {@code XXXX-XXXX-XXXX-XXXX}. */
    @Override
    public String toString() {
        StringBuilder printed = new StringBuilder(LENGTH + LENGTH / GROUP - 1);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                printed.append('-');
            }
            printed.append(characters, i, i + GROUP);
        }
        return printed.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateNumber number && number.characters.equals(characters);
    }

    @Override
    public int hashCode() {
        return characters.hashCode();
    }
}
