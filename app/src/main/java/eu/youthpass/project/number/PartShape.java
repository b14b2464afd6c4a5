package eu.youthpass.project.number;

import java.util.Optional;

/**
 * The shape of one part of a number: {@code #} a digit, {@code @} a letter, any other character stands for itself.
 * People retype numbers from printed contracts, so the shape also recognises characters that look like the right
 * one (O for 0, I for 1, S for 5…) and offers the likely fix instead of a vague "wrong format".
 */
final class PartShape {

    private static final char DIGIT = '#';
    private static final char LETTER = '@';

    private static final String LETTERS_LIKE_DIGITS = "OILZSB";
    private static final String DIGITS_THEY_RESEMBLE = "011258";
    private static final String DIGITS_LIKE_LETTERS = "01258";
    private static final String LETTERS_THEY_RESEMBLE = "OIZSB";

    private final String shape;

    PartShape(String shape) {
        this.shape = shape;
    }

    /** Expects upper-case text. */
    boolean fits(String text) {
        if (text.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!fitsAt(shape.charAt(i), text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text with look-alike characters replaced, when that makes it fit and nothing else is wrong. */
    Optional<String> lookAlikeFix(String text) {
        if (text.length() != shape.length()) {
            return Optional.empty();
        }
        char[] fixed = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < fixed.length; i++) {
            char expected = shape.charAt(i);
            if (!fitsAt(expected, fixed[i])) {
                char meant = meantCharacter(expected, fixed[i]);
                if (meant == 0) {
                    return Optional.empty();
                }
                fixed[i] = meant;
                changed = true;
            }
        }
        return changed ? Optional.of(new String(fixed)) : Optional.empty();
    }

    @Override
    public String toString() {
        return shape;
    }

    private static boolean fitsAt(char expected, char c) {
        return switch (expected) {
            case DIGIT -> c >= '0' && c <= '9';
            case LETTER -> c >= 'A' && c <= 'Z';
            default -> c == expected;
        };
    }

    /** The character that {@code c} was probably meant to be, or 0 when none fits. */
    private static char meantCharacter(char expected, char c) {
        char asDigit = swap(c, LETTERS_LIKE_DIGITS, DIGITS_THEY_RESEMBLE);
        if (asDigit != 0 && fitsAt(expected, asDigit)) {
            return asDigit;
        }
        char asLetter = swap(c, DIGITS_LIKE_LETTERS, LETTERS_THEY_RESEMBLE);
        if (asLetter != 0 && fitsAt(expected, asLetter)) {
            return asLetter;
        }
        return 0;
    }

    private static char swap(char c, String from, String to) {
        int index = from.indexOf(c);
        return index < 0 ? 0 : to.charAt(index);
    }
}
