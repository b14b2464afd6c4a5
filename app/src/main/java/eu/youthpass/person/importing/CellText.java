package eu.youthpass.person.importing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a spreadsheet cell says, without what spreadsheets add by accident: surrounding and doubled spaces,
 * no-break spaces, zero-width characters.
 *
 * <pre>
 * CellText.clean("\u00A0Jānis  Bērziņš ");   // "Jānis Bērziņš"
 * CellText.key("E-pasta adrese:");            // "epastaadrese", as headings and choices are compared
 * </pre>
 */
final class CellText {

    private CellText() {
    }

    /** Trimmed, with every run of white space (line breaks in a cell too) as one space; never null. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF]", "")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    static boolean isBlank(String value) {
        return clean(value).isEmpty();
    }

    /**
     * How headings and listed choices are compared: letters and digits only, lower case, without accents, so that
     * "E-mail", "email" and "EMAIL:" are the same, and so are "Vārds" and "Vards".
     */
    static String key(String value) {
        String decomposed = Normalizer.normalize(clean(value), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder();
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** For titles: case and spacing do not matter, everything else does. */
    static String title(String value) {
        return clean(value).toLowerCase(Locale.ROOT);
    }
}
