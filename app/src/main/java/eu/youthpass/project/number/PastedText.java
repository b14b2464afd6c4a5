package eu.youthpass.project.number;

/**
 * Numbers are pasted from contracts, e-mails and spreadsheets, which bring spaces, no-break spaces and invisible
 * characters along. At the ends they are harmless and removed; inside a number they hide a typo.
 */
final class PastedText {

    /** Zero-width space, non-joiner, joiner, word joiner, byte order mark; soft hyphens come from PDF line breaks. */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    record Trimmed(String text, boolean trimmed) {
    }

    private PastedText() {
    }

    static Trimmed trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpaceOrInvisible(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpaceOrInvisible(raw.charAt(end - 1))) {
            end--;
        }
        return new Trimmed(raw.substring(start, end), start > 0 || end < raw.length());
    }

    static boolean containsSpaceOrInvisible(String text) {
        return text.chars().anyMatch(c -> isSpaceOrInvisible((char) c));
    }

    static String withoutSpaceOrInvisible(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isSpaceOrInvisible((char) c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /** Tabs, line breaks, every Unicode space (U+00A0, U+202F…), control and zero-width characters. */
    static boolean isSpaceOrInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || INVISIBLE.indexOf(c) >= 0;
    }
}
