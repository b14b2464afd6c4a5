package eu.youthpass.project.number;

import static eu.youthpass.project.number.NumberPart.ACTION;
import static eu.youthpass.project.number.NumberPart.AGENCY;
import static eu.youthpass.project.number.NumberPart.CALL_YEAR;
import static eu.youthpass.project.number.NumberPart.FIELD;
import static eu.youthpass.project.number.NumberPart.ROUND;
import static eu.youthpass.project.number.NumberPart.SERIAL;
import static eu.youthpass.project.number.NumberPart.WHOLE_NUMBER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads an entered project number part by part, left to right, and stops at the first wrong part: fixing that one
 * often fixes what follows, and one precise message helps more than a list.
 */
final class ProjectNumberParser {

    static final int FIRST_CALL_YEAR = 2014;
    static final int FIRST_ROUND = 1;
    static final int LAST_ROUND = 3;

    /** What people type instead of a hyphen, or what a word processor turns a hyphen into. */
    private static final String SEPARATOR_LOOK_ALIKES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D"
            + "/\\_.,:;|";
    /** Until the action code tells the layout, messages show the commonest one. */
    private static final NumberLayout COMMONEST = NumberLayout.ERASMUS_PLUS_2021_2027;

    private static final PartShape YEAR = new PartShape("####");
    private static final PartShape ROUND_DIGIT = new PartShape("#");
    private static final PartShape AGENCY_CODE = new PartShape("@@##");
    private static final PartShape ANY_FIELD = new PartShape("@@@");
    private static final PartShape OLDER_SERIAL = new PartShape("#".repeat(Generation.G2014_2020.serialDigits()));
    private static final List<PartShape> ACTION_SHAPES = Arrays.stream(NumberLayout.values())
            .map(NumberLayout::actionShape).distinct().map(PartShape::new).toList();
    /** ISO 3166 codes plus the EU's own: EL for Greece, UK for the United Kingdom. */
    private static final Set<String> AGENCY_COUNTRIES = agencyCountries();

    private final int lastCallYear;

    /** Calls are published for the next year before it begins, so the year after {@code currentYear} is accepted. */
    ProjectNumberParser(int currentYear) {
        this.lastCallYear = currentYear + 1;
    }

    ParseResult parse(String raw) {
        PastedText.Trimmed pasted = PastedText.trim(raw == null ? "" : raw);
        try {
            return new ParseResult.Valid(read(pasted.text().toUpperCase(Locale.ROOT)), pasted.trimmed());
        } catch (WrongPart wrong) {
            return new ParseResult.Invalid(wrong.problem);
        }
    }

    private ProjectNumber read(String text) {
        if (text.isEmpty()) {
            throw wrong(ProblemKind.EMPTY, WHOLE_NUMBER);
        }
        if (PastedText.containsSpaceOrInvisible(text)) {
            throw wrong(ProblemKind.INNER_SPACE, WHOLE_NUMBER, text, PastedText.withoutSpaceOrInvisible(text));
        }
        Parts parts = new Parts(text);
        if (parts.count() == 1 && text.length() > "YYYY".length()) {
            throw wrong(ProblemKind.STRUCTURE, WHOLE_NUMBER, text, COMMONEST.pattern());
        }
        int callYear = callYear(parts.take(0, CALL_YEAR, COMMONEST));
        int round = round(parts.take(1, ROUND, COMMONEST));
        String agency = agency(parts.take(2, AGENCY, COMMONEST));
        ActionCode action = action(parts.take(3, ACTION, COMMONEST), callYear);

        NumberLayout layout = action.layout();
        String field = null;
        int serialIndex = 4;
        if (layout.hasField()) {
            String fieldOrSerial = parts.take(4, FIELD, layout);
            if (parts.count() == 5 && OLDER_SERIAL.fits(fieldOrSerial)) {
                throw generationMismatch(action);
            }
            if (parts.count() == 5 && isDigits(fieldOrSerial)) {
                throw wrong(ProblemKind.STRUCTURE, FIELD, text, layout.pattern());
            }
            field = field(fieldOrSerial, layout);
            serialIndex = 5;
        } else if (parts.count() > 5 && ANY_FIELD.fits(parts.peek(4))) {
            throw generationMismatch(action);
        }
        String serial = serial(parts.take(serialIndex, SERIAL, layout), layout);
        if (parts.count() > serialIndex + 1) {
            throw wrong(ProblemKind.TOO_LONG, WHOLE_NUMBER, parts.textAfter(serialIndex));
        }
        return new ProjectNumber(callYear, round, agency, action, field, serial);
    }

    private int callYear(String text) {
        checkShape(text, CALL_YEAR, List.of(YEAR), year -> true,
                () -> wrong(ProblemKind.YEAR_FORMAT, CALL_YEAR, text, COMMONEST.example().substring(0, 4)));
        int year = Integer.parseInt(text);
        if (year < FIRST_CALL_YEAR || year > lastCallYear) {
            throw wrong(ProblemKind.YEAR_OUT_OF_RANGE, CALL_YEAR, text, String.valueOf(FIRST_CALL_YEAR),
                    String.valueOf(lastCallYear));
        }
        return year;
    }

    private int round(String text) {
        checkShape(text, ROUND, List.of(ROUND_DIGIT), ProjectNumberParser::isRound,
                () -> wrong(ProblemKind.ROUND, ROUND, text, String.valueOf(FIRST_ROUND), String.valueOf(LAST_ROUND)));
        return Integer.parseInt(text);
    }

    private String agency(String text) {
        checkShape(text, AGENCY, List.of(AGENCY_CODE), code -> AGENCY_COUNTRIES.contains(code.substring(0, 2)),
                () -> wrong(ProblemKind.AGENCY, AGENCY, text, "LV02"));
        return text;
    }

    /** Checked here, not at the end, so that a project type without Youthpass is named before any format detail. */
    private ActionCode action(String text, int callYear) {
        checkShape(text, ACTION, ACTION_SHAPES, code -> true,
                () -> wrong(ProblemKind.ACTION, ACTION, text, ActionCode.KA152.code(), ActionCode.ESC30.code()));
        ActionCode action = ActionCode.find(text)
                .orElseThrow(() -> wrong(ProblemKind.UNKNOWN_ACTION, ACTION, text));
        if (!action.isYouthpassAvailable()) {
            throw wrong(ProblemKind.NOT_AVAILABLE, ACTION, text);
        }
        if (!action.generation().includesCallYear(callYear)) {
            throw generationMismatch(action);
        }
        return action;
    }

    private String field(String text, NumberLayout layout) {
        PartShape shape = new PartShape(layout.fieldShape().orElseThrow());
        String example = layout.example().split("-")[4];
        checkShape(text, FIELD, List.of(shape), field -> true, () -> wrong(ProblemKind.FIELD, FIELD, text, example));
        return text;
    }

    private String serial(String text, NumberLayout layout) {
        String digits = String.valueOf(layout.generation().serialDigits());
        checkShape(text, SERIAL, List.of(new PartShape(layout.serialShape())), serial -> true,
                () -> wrong(ProblemKind.SERIAL, SERIAL, text, digits));
        return text;
    }

    /**
     * Passes when the text fits one of the shapes and makes sense; a look-alike character is reported only when
     * fixing it gives a sensible part, otherwise {@code otherwise} describes the problem.
     */
    private static void checkShape(String text, NumberPart part, List<PartShape> shapes, Predicate<String> sensible,
            Supplier<WrongPart> otherwise) {
        if (shapes.stream().anyMatch(shape -> shape.fits(text))) {
            if (sensible.test(text)) {
                return;
            }
            throw otherwise.get();
        }
        String fix = shapes.stream()
                .flatMap(shape -> shape.lookAlikeFix(text).stream())
                .filter(sensible)
                .findFirst()
                .orElseThrow(otherwise);
        throw wrong(ProblemKind.LOOK_ALIKE, part, text, fix);
    }

    private static WrongPart generationMismatch(ActionCode action) {
        Generation generation = action.generation();
        return wrong(ProblemKind.GENERATION_MISMATCH, ACTION, action.code(),
                String.valueOf(generation.firstCallYear()), String.valueOf(generation.lastCallYear()),
                action.layout().pattern());
    }

    private static boolean isRound(String text) {
        int round = Integer.parseInt(text);
        return round >= FIRST_ROUND && round <= LAST_ROUND;
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Set<String> agencyCountries() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("EL");
        codes.add("UK");
        return Set.copyOf(codes);
    }

    private static WrongPart wrong(ProblemKind kind, NumberPart part, String... arguments) {
        return new WrongPart(Problem.of(kind, part, arguments));
    }

    /** Carries the first problem out of the nested checks; it never leaves this class. */
    private static final class WrongPart extends RuntimeException {

        private final transient Problem problem;

        WrongPart(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    /** The text split at hyphens and at anything mistaken for one, remembering which separator came before a part. */
    private static final class Parts {

        private final String text;
        private final List<String> parts = new ArrayList<>();
        private final List<Character> separatorsBefore = new ArrayList<>();
        private final List<Integer> ends = new ArrayList<>();

        Parts(String text) {
            this.text = text;
            int start = 0;
            char separator = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isSeparator(text.charAt(i))) {
                    parts.add(text.substring(start, i));
                    separatorsBefore.add(separator);
                    ends.add(i);
                    if (i < text.length()) {
                        separator = text.charAt(i);
                    }
                    start = i + 1;
                }
            }
        }

        int count() {
            return parts.size();
        }

        String peek(int index) {
            return parts.get(index);
        }

        /** The part at {@code index}, after checking that it exists and is joined to the previous one by a hyphen. */
        String take(int index, NumberPart part, NumberLayout expected) {
            if (index >= parts.size()) {
                throw wrong(ProblemKind.STRUCTURE, part, text, expected.pattern());
            }
            char separator = separatorsBefore.get(index);
            if (index > 0 && separator != '-') {
                throw wrong(ProblemKind.WRONG_SEPARATOR, WHOLE_NUMBER, String.valueOf(separator), "-");
            }
            return parts.get(index);
        }

        String textAfter(int index) {
            return text.substring(ends.get(index));
        }

        private static boolean isSeparator(char c) {
            return c == '-' || SEPARATOR_LOOK_ALIKES.indexOf(c) >= 0;
        }
    }
}
