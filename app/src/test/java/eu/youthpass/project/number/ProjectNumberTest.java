package eu.youthpass.project.number;

import static eu.youthpass.project.number.NumberPart.ACTION;
import static eu.youthpass.project.number.NumberPart.AGENCY;
import static eu.youthpass.project.number.NumberPart.CALL_YEAR;
import static eu.youthpass.project.number.NumberPart.FIELD;
import static eu.youthpass.project.number.NumberPart.ROUND;
import static eu.youthpass.project.number.NumberPart.SERIAL;
import static eu.youthpass.project.number.NumberPart.WHOLE_NUMBER;
import static eu.youthpass.project.number.ProblemKind.EMPTY;
import static eu.youthpass.project.number.ProblemKind.GENERATION_MISMATCH;
import static eu.youthpass.project.number.ProblemKind.INNER_SPACE;
import static eu.youthpass.project.number.ProblemKind.LOOK_ALIKE;
import static eu.youthpass.project.number.ProblemKind.NOT_AVAILABLE;
import static eu.youthpass.project.number.ProblemKind.STRUCTURE;
import static eu.youthpass.project.number.ProblemKind.TOO_LONG;
import static eu.youthpass.project.number.ProblemKind.UNKNOWN_ACTION;
import static eu.youthpass.project.number.ProblemKind.WRONG_SEPARATOR;
import static eu.youthpass.project.number.ProblemKind.YEAR_FORMAT;
import static eu.youthpass.project.number.ProblemKind.YEAR_OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectNumberTest {

    /** Mid-2026: the latest accepted call year is 2027. */
    static final Clock JUNE_2026 = clockIn(2026);

    private static final String ERASMUS_2021 = "YYYY-R-CCNN-KA###-YOU-#########";
    private static final String ERASMUS_2014 = "YYYY-R-CCNN-KA###-######";
    private static final String SOLIDARITY_2018 = "YYYY-R-CCNN-ESC##-######";

    static Stream<Row> numbers() {
        return Stream.of(
                // Each structure and each action code with Youthpass; the examples from DOMAIN.md first.
                accepted("2022-1-LV02-KA152-YOU-000000000"),
                accepted("2024-1-FR02-ESC51-VTJ-000199813"),
                accepted("2026-1-CZ01-ESC30-SOL-000404388"),
                accepted("2017-2-CZ01-KA105-035653"),
                accepted("2021-3-LV02-KA105-999999"),
                accepted("2019-2-CZ01-ESC11-061562"),
                accepted("2023-1-DE04-KA151-YOU-000123456"),
                accepted("2023-2-EL02-KA153-YOU-000151515"),
                accepted("2024-3-PL01-KA154-YOU-000987654"),
                accepted("2025-1-IT03-KA155-YOU-000000042"),
                accepted("2016-1-UK01-KA347-024680"),
                accepted("2018-2-LT02-ESC12-005555"),
                accepted("2020-1-EE01-ESC13-012345"),
                accepted("2027-1-LV02-KA152-YOU-000000001"),
                accepted("2014-1-LV02-KA105-000001"),
                // Lower case and surrounding spaces, tabs, line breaks, no-break and zero-width characters.
                acceptedAs("2022-1-lv02-ka152-you-000000000", "2022-1-LV02-KA152-YOU-000000000", false),
                acceptedAs("2024-1-fr02-esc51-vtj-000199813", "2024-1-FR02-ESC51-VTJ-000199813", false),
                acceptedAs("  2022-1-LV02-KA152-YOU-000000000\t\n", "2022-1-LV02-KA152-YOU-000000000", true),
                acceptedAs("\u00A02024-1-FR02-ESC51-VTJ-000199813\u202F", "2024-1-FR02-ESC51-VTJ-000199813", true),
                acceptedAs("\uFEFF\u200B2017-2-CZ01-KA105-035653\u2060\u200C\u200D", "2017-2-CZ01-KA105-035653", true),
                acceptedAs("\r\n 2019-2-cz01-esc11-061562 \r\n", "2019-2-CZ01-ESC11-061562", true),

                refused(null, EMPTY, WHOLE_NUMBER),
                refused("", EMPTY, WHOLE_NUMBER),
                refused(" \t\u00A0\u200B\n", EMPTY, WHOLE_NUMBER),

                refused("2022-1-LV02 -KA152-YOU-000000000", INNER_SPACE, WHOLE_NUMBER,
                        "2022-1-LV02 -KA152-YOU-000000000", "2022-1-LV02-KA152-YOU-000000000"),
                refused("2022-1-LV02-KA152-YOU-000\u00A0000000", INNER_SPACE, WHOLE_NUMBER,
                        "2022-1-LV02-KA152-YOU-000\u00A0000000", "2022-1-LV02-KA152-YOU-000000000"),
                refused("2022-1-LV02-KA152\u200B-YOU-000000000", INNER_SPACE, WHOLE_NUMBER,
                        "2022-1-LV02-KA152\u200B-YOU-000000000", "2022-1-LV02-KA152-YOU-000000000"),
                refused(" 2017 - 2 - CZ01 - KA105 - 035653 ", INNER_SPACE, WHOLE_NUMBER,
                        "2017 - 2 - CZ01 - KA105 - 035653", "2017-2-CZ01-KA105-035653"),

                refused("2022\u20131-LV02-KA152-YOU-000000000", WRONG_SEPARATOR, WHOLE_NUMBER, "\u2013", "-"),
                refused("2017/2/CZ01/KA105/035653", WRONG_SEPARATOR, WHOLE_NUMBER, "/", "-"),
                refused("2022-1-LV02-KA152_YOU-000000000", WRONG_SEPARATOR, WHOLE_NUMBER, "_", "-"),

                refused("20221LV02KA152YOU000000000", STRUCTURE, WHOLE_NUMBER,
                        "20221LV02KA152YOU000000000", ERASMUS_2021),
                refused("2022-1-LV02", STRUCTURE, ACTION, "2022-1-LV02", ERASMUS_2021),
                refused("2022-1-LV02-KA152-000000000", STRUCTURE, FIELD, "2022-1-LV02-KA152-000000000", ERASMUS_2021),
                refused("2022-1-LV02-KA152-YOU", STRUCTURE, SERIAL, "2022-1-LV02-KA152-YOU", ERASMUS_2021),
                refused("2017-2-CZ01-KA105", STRUCTURE, SERIAL, "2017-2-CZ01-KA105", ERASMUS_2014),

                refused("22-1-LV02-KA152-YOU-000000000", YEAR_FORMAT, CALL_YEAR, "22", "2022"),
                refused("20222-1-LV02-KA152-YOU-000000000", YEAR_FORMAT, CALL_YEAR, "20222", "2022"),
                refused("2O22-1-LV02-KA152-YOU-000000000", LOOK_ALIKE, CALL_YEAR, "2O22", "2022"),
                refused("2o17-2-CZ01-KA105-035653", LOOK_ALIKE, CALL_YEAR, "2O17", "2017"),
                refused("1999-1-LV02-KA105-000001", YEAR_OUT_OF_RANGE, CALL_YEAR, "1999", "2014", "2027"),
                refused("2013-2-LV02-KA105-000001", YEAR_OUT_OF_RANGE, CALL_YEAR, "2013", "2014", "2027"),
                refused("2028-1-LV02-KA152-YOU-000000000", YEAR_OUT_OF_RANGE, CALL_YEAR, "2028", "2014", "2027"),

                refused("2022-4-LV02-KA152-YOU-000000000", ProblemKind.ROUND, ROUND, "4", "1", "3"),
                refused("2022-0-LV02-KA152-YOU-000000000", ProblemKind.ROUND, ROUND, "0", "1", "3"),
                refused("2022-01-LV02-KA152-YOU-000000000", ProblemKind.ROUND, ROUND, "01", "1", "3"),
                refused("2022-I-LV02-KA152-YOU-000000000", LOOK_ALIKE, ROUND, "I", "1"),
                refused("2017-l-CZ01-KA105-035653", LOOK_ALIKE, ROUND, "L", "1"),

                refused("2022-1-LV2-KA152-YOU-000000000", ProblemKind.AGENCY, AGENCY, "LV2", "LV02"),
                refused("2022-1-XX02-KA152-YOU-000000000", ProblemKind.AGENCY, AGENCY, "XX02", "LV02"),
                refused("2022-1-02LV-KA152-YOU-000000000", ProblemKind.AGENCY, AGENCY, "02LV", "LV02"),
                refused("2022-1-LVO2-KA152-YOU-000000000", LOOK_ALIKE, AGENCY, "LVO2", "LV02"),
                refused("2019-2-CZOI-ESC11-061562", LOOK_ALIKE, AGENCY, "CZOI", "CZ01"),

                refused("2022-1-LV02-KB152-YOU-000000000", ProblemKind.ACTION, ACTION, "KB152", "KA152", "ESC30"),
                refused("2022-1-LV02-KA15-YOU-000000000", ProblemKind.ACTION, ACTION, "KA15", "KA152", "ESC30"),
                refused("2022-1-LV02-KA1S2-YOU-000000000", LOOK_ALIKE, ACTION, "KA1S2", "KA152"),
                refused("2024-1-FR02-E5C51-VTJ-000199813", LOOK_ALIKE, ACTION, "E5C51", "ESC51"),
                refused("2017-2-CZ01-KA1O5-035653", LOOK_ALIKE, ACTION, "KA1O5", "KA105"),
                refused("2022-1-LV02-KA999-YOU-000000000", UNKNOWN_ACTION, ACTION, "KA999"),
                refused("2022-1-LV02-KA122-SCH-000000000", UNKNOWN_ACTION, ACTION, "KA122"),
                refused("2019-1-LV02-ESC31-000123", UNKNOWN_ACTION, ACTION, "ESC31"),

                refused("2022-1-LV02-KA220-YOU-000012345", NOT_AVAILABLE, ACTION, "KA220"),
                refused("2023-2-LV02-KA210-YOU-000012345", NOT_AVAILABLE, ACTION, "KA210"),
                refused("2018-1-LV02-KA205-000123", NOT_AVAILABLE, ACTION, "KA205"),
                refused("2019-1-LV02-ESC21-000123", NOT_AVAILABLE, ACTION, "ESC21"),

                refused("2022-1-LV02-KA152-035653", GENERATION_MISMATCH, ACTION, "KA152", "2021", "2027", ERASMUS_2021),
                refused("2019-1-LV02-KA152-YOU-000000000", GENERATION_MISMATCH, ACTION,
                        "KA152", "2021", "2027", ERASMUS_2021),
                refused("2020-1-LV02-KA105-YOU-000000000", GENERATION_MISMATCH, ACTION,
                        "KA105", "2014", "2021", ERASMUS_2014),
                refused("2023-1-LV02-ESC11-061562", GENERATION_MISMATCH, ACTION, "ESC11", "2014", "2021", SOLIDARITY_2018),

                refused("2022-1-LV02-KA152-SCH-000000000", ProblemKind.FIELD, FIELD, "SCH", "YOU"),
                refused("2024-1-FR02-ESC51-VT-000199813", ProblemKind.FIELD, FIELD, "VT", "VTJ"),
                refused("2022-1-LV02-KA152-Y0U-000000000", LOOK_ALIKE, FIELD, "Y0U", "YOU"),
                refused("2026-1-CZ01-ESC30-S0L-000404388", LOOK_ALIKE, FIELD, "S0L", "SOL"),

                refused("2022-1-LV02-KA152-YOU-00000000", ProblemKind.SERIAL, SERIAL, "00000000", "9"),
                refused("2017-2-CZ01-KA105-35653", ProblemKind.SERIAL, SERIAL, "35653", "6"),
                refused("2019-2-CZ01-ESC11-06156X", ProblemKind.SERIAL, SERIAL, "06156X", "6"),
                refused("2022-1-LV02-KA152-YOU-0000O0000", LOOK_ALIKE, SERIAL, "0000O0000", "000000000"),
                refused("2017-2-CZ01-KA105-O35653", LOOK_ALIKE, SERIAL, "O35653", "035653"),

                refused("2022-1-LV02-KA152-YOU-000000000-01", TOO_LONG, WHOLE_NUMBER, "-01"),
                refused("2017-2-CZ01-KA105-035653-", TOO_LONG, WHOLE_NUMBER, "-"),

                // Several wrong parts: the leftmost is reported.
                refused("1999-7-LVX-KB1-YOU-1", YEAR_OUT_OF_RANGE, CALL_YEAR, "1999", "2014", "2027"),
                refused("2022-9-LVX-KB1-YOU-1", ProblemKind.ROUND, ROUND, "9", "1", "3"),
                refused("2022-1-LV02-KA220-Y0U-1", NOT_AVAILABLE, ACTION, "KA220"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void readsRealShapedNumbers(Row row) {
        ParseResult result = ProjectNumber.parse(row.input(), JUNE_2026);

        switch (row.expected()) {
            case Accepted accepted -> {
                ParseResult.Valid valid = assertInstanceOf(ParseResult.Valid.class, result);
                assertEquals(accepted.value(), valid.number().value());
                assertEquals(accepted.trimmed(), valid.trimmed(), "trimmed");
            }
            case Refused refused -> {
                ParseResult.Invalid invalid = assertInstanceOf(ParseResult.Invalid.class, result);
                assertEquals(refused.problem(), invalid.problem());
            }
        }
    }

    @Test
    void aYouthExchangeTellsEverythingItsNumberHolds() {
        ProjectNumber number = valid("2022-1-LV02-KA152-YOU-000000000");

        assertAll(
                () -> assertEquals("2022-1-LV02-KA152-YOU-000000000", number.value()),
                () -> assertEquals(2022, number.callYear()),
                () -> assertEquals(1, number.round()),
                () -> assertEquals("LV02", number.agency()),
                () -> assertEquals("LV", number.agencyCountry()),
                () -> assertEquals(ActionCode.KA152, number.actionCode()),
                () -> assertEquals(Programme.ERASMUS_PLUS, number.programme()),
                () -> assertEquals(Generation.G2021_2027, number.generation()),
                () -> assertEquals(ProjectFormat.YOUTH_EXCHANGE, number.format()),
                () -> assertEquals(Optional.of("YOU"), number.field()),
                () -> assertEquals("000000000", number.serial()),
                () -> assertFalse(number.usesOlderCertificateLayout()),
                () -> assertEquals(CompetenceFramework.KEY_COMPETENCES, number.frameworkFor(LearnerKind.PARTICIPANT)),
                () -> assertEquals(CompetenceFramework.ETS, number.frameworkFor(LearnerKind.TEAM_MEMBER)));
    }

    @Test
    void aSolidarityCorpsNumberKeepsItsStrand() {
        ProjectNumber number = valid("2024-1-FR02-ESC51-VTJ-000199813");

        assertAll(
                () -> assertEquals(Programme.EUROPEAN_SOLIDARITY_CORPS, number.programme()),
                () -> assertEquals(ProjectFormat.VOLUNTEERING_PROJECT, number.format()),
                () -> assertEquals(Optional.of("VTJ"), number.field()),
                () -> assertEquals("FR02", number.agency()),
                () -> assertEquals("000199813", number.serial()),
                () -> assertFalse(number.usesOlderCertificateLayout()));
    }

    @Test
    void olderNumbersHaveNoFieldAndKeepTheOlderCertificateLayout() {
        ProjectNumber mobility = valid("2017-2-CZ01-KA105-035653");
        ProjectNumber volunteering = valid("2019-2-CZ01-ESC11-061562");

        assertAll(
                () -> assertEquals(2017, mobility.callYear()),
                () -> assertEquals(2, mobility.round()),
                () -> assertEquals("CZ01", mobility.agency()),
                () -> assertEquals(ProjectFormat.YOUTH_MOBILITY_2014, mobility.format()),
                () -> assertEquals(Generation.G2014_2020, mobility.generation()),
                () -> assertEquals(Optional.empty(), mobility.field()),
                () -> assertEquals("035653", mobility.serial()),
                () -> assertTrue(mobility.usesOlderCertificateLayout()),
                () -> assertEquals(Programme.EUROPEAN_SOLIDARITY_CORPS, volunteering.programme()),
                () -> assertEquals(Generation.G2014_2020, volunteering.generation()),
                () -> assertTrue(volunteering.usesOlderCertificateLayout()));
    }

    @Test
    void aYouthWorkersMobilityUsesEtsForEveryone() {
        ProjectNumber number = valid("2023-2-EL02-KA153-YOU-000151515");

        assertEquals(CompetenceFramework.ETS, number.frameworkFor(LearnerKind.PARTICIPANT));
        assertEquals(CompetenceFramework.ETS, number.frameworkFor(LearnerKind.TEAM_MEMBER));
    }

    @Test
    void equalNumbersAreEqualHoweverTheyWereTyped() {
        ProjectNumber typed = valid("\u00A02022-1-lv02-ka152-you-000000000 ");
        ProjectNumber pasted = valid("2022-1-LV02-KA152-YOU-000000000");

        assertEquals(pasted, typed);
        assertEquals(pasted.hashCode(), typed.hashCode());
        assertEquals("2022-1-LV02-KA152-YOU-000000000", typed.toString());
        assertNotEquals(pasted, valid("2022-1-LV02-KA152-YOU-000000001"));
    }

    @Test
    void theLatestCallYearIsNextYearByTheClock() {
        String nextYearsNumber = "2027-1-LV02-KA152-YOU-000000001";

        ParseResult in2025 = ProjectNumber.parse(nextYearsNumber, clockIn(2025));
        ParseResult in2026 = ProjectNumber.parse(nextYearsNumber, clockIn(2026));

        assertEquals(new ParseResult.Invalid(problem(YEAR_OUT_OF_RANGE, CALL_YEAR, "2027", "2014", "2026")), in2025);
        assertInstanceOf(ParseResult.Valid.class, in2026);
    }

    @Test
    void codesOfTheCurrentProgrammesEndWithItsLastCallYear() {
        ParseResult result = ProjectNumber.parse("2028-1-LV02-KA152-YOU-000000000", clockIn(2027));

        assertEquals(new ParseResult.Invalid(problem(GENERATION_MISMATCH, ACTION, "KA152", "2021", "2027",
                ERASMUS_2021)), result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "-----", "2022-", "\u0000", "\uD83D\uDE42", "ESC51", "YOU-000000000",
            "2022-1-LV02-KA152-YOU-000000000-2022-1-LV02-KA152-YOU-000000000",
            "\u0662\u0660\u0662\u0662-1-LV02-KA152-YOU-000000000", "２０２２-1-LV02-KA152-YOU-000000000"})
    void refusesNonsenseWithoutThrowing(String nonsense) {
        assertInstanceOf(ParseResult.Invalid.class, ProjectNumber.parse(nonsense, JUNE_2026));
    }

    @ParameterizedTest
    @EnumSource(NumberLayout.class)
    void eachLayoutsExampleIsValidAndFitsTheMaximumLength(NumberLayout layout) {
        ProjectNumber example = valid(layout.example());

        assertEquals(layout, example.actionCode().layout());
        assertEquals(layout.pattern().length(), layout.example().length());
        assertTrue(layout.example().length() <= ProjectNumber.MAX_LENGTH);
    }

    @Test
    void theMaximumLengthIsTheLongestLayout() {
        assertEquals(ProjectNumber.MAX_LENGTH,
                Arrays.stream(NumberLayout.values()).mapToInt(layout -> layout.pattern().length()).max().orElseThrow());
    }

    static ProjectNumber valid(String raw) {
        return assertInstanceOf(ParseResult.Valid.class, ProjectNumber.parse(raw, JUNE_2026)).number();
    }

    static Clock clockIn(int year) {
        return Clock.fixed(Instant.parse(year + "-06-15T12:00:00Z"), ZoneOffset.UTC);
    }

    private static Problem problem(ProblemKind kind, NumberPart part, String... arguments) {
        return new Problem(kind, part, List.of(arguments));
    }

    private static Row accepted(String input) {
        return new Row(input, new Accepted(input, false));
    }

    private static Row acceptedAs(String input, String value, boolean trimmed) {
        return new Row(input, new Accepted(value, trimmed));
    }

    private static Row refused(String input, ProblemKind kind, NumberPart part, String... arguments) {
        return new Row(input, new Refused(problem(kind, part, arguments)));
    }

    sealed interface Expected permits Accepted, Refused {
    }

    record Accepted(String value, boolean trimmed) implements Expected {
    }

    record Refused(Problem problem) implements Expected {
    }

    /** Shows invisible and non-ASCII characters as escapes, so the test report tells the rows apart. */
    record Row(String input, Expected expected) {

        @Override
        public String toString() {
            if (input == null) {
                return "null";
            }
            StringBuilder shown = new StringBuilder("\"");
            input.chars().forEach(c -> shown.append(c >= 0x21 && c < 0x7F ? String.valueOf((char) c)
                    : c == ' ' ? " " : String.format("\\u%04X", c)));
            return shown.append('"').toString();
        }
    }
}
