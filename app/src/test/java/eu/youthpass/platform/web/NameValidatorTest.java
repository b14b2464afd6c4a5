package eu.youthpass.platform.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Jānis Bērziņš",
            "Ζωή Παπαδοπούλου",
            "Иван Петров",
            "O'Brien-Smith",
            "O’Brien",
            "Informal youth group “Rīga”",
            "Jugendverein „Brücke“ e.V.",
            "Association « Jeunesse & Avenir »",
            "Zoë Ørsted",
            "Nguyễn Thị Minh Khai",
            "José\u0301 María",        // combining acute accent
            "Fundacja 2024 (Kraków)",
            "Youth Club #1: Together!",
            "李小龙",
            "محمد علي",
            "Anna\u00A0Maria"          // no-break space
    })
    void acceptsNamesFromManyScripts(String name) {
        assertTrue(NameValidator.isPrintableName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Anna 😀",
            "Jānis ❤",
            "Zoe ★",
            "Tab\tName",
            "Line\nBreak",
            "Carriage\rReturn",
            "Null\u0000Byte",
            "Bell\u0007",
            "Line\u2028Separator",
            "Paragraph\u2029Separator",
            "Zero\u200BWidth",
            "Right\u202EToLeft override",
            "<script>",
            "<script>alert(1)</script>",
            "a > b",
            "Price $5",
            "50%",
            "back\\slash",
            "a=b",
            "{curly}",
            "[square]",
            "a|b",
            "~tilde",
            "`backtick`"
    })
    void rejectsEmojiSymbolsControlCharactersAndMarkup(String name) {
        assertFalse(NameValidator.isPrintableName(name), name);
    }
}
