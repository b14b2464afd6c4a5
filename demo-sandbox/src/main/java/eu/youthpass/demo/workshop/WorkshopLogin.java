package eu.youthpass.demo.workshop;

import java.security.SecureRandom;

/**
 * A generated workshop login, printed on the handout: an address at {@code demo.invalid} (a domain that cannot
 * exist, so nothing is ever sent there) and a password easy to type from paper: three groups of four characters
 * without look-alikes (no 0/o, 1/l/i).
 */
public record WorkshopLogin(int seat, String email, String password) {

    /** Seat 0 is the trainer. */
    public static final int TRAINER = 0;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String email(long workshopId, int seat) {
        return "w" + workshopId + "-" + (seat == TRAINER ? "trainer" : "seat" + seat) + "@demo.invalid";
    }

    public static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    public boolean isTrainer() {
        return seat == TRAINER;
    }
}
