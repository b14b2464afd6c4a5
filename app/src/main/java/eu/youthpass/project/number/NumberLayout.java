package eu.youthpass.project.number;

import static eu.youthpass.project.number.Generation.G2014_2020;
import static eu.youthpass.project.number.Generation.G2021_2027;
import static eu.youthpass.project.number.Programme.ERASMUS_PLUS;
import static eu.youthpass.project.number.Programme.EUROPEAN_SOLIDARITY_CORPS;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four structures seen in real project numbers (inferred from real numbers, not an official specification). The
 * pattern and example are shown to users; the shapes ({@code #} a digit, {@code @} a letter, anything else itself)
 * are what the parser checks.
 */
public enum NumberLayout {

    ERASMUS_PLUS_2021_2027(ERASMUS_PLUS, G2021_2027,
            "YYYY-R-CCNN-KA###-YOU-#########", "2022-1-LV02-KA152-YOU-000000000", "KA###", "YOU"),
    SOLIDARITY_CORPS_2021_2027(EUROPEAN_SOLIDARITY_CORPS, G2021_2027,
            "YYYY-R-CCNN-ESC##-XXX-#########", "2024-1-FR02-ESC51-VTJ-000199813", "ESC##", "@@@"),
    ERASMUS_PLUS_2014_2020(ERASMUS_PLUS, G2014_2020,
            "YYYY-R-CCNN-KA###-######", "2017-2-CZ01-KA105-035653", "KA###", null),
    SOLIDARITY_CORPS_2018_2020(EUROPEAN_SOLIDARITY_CORPS, G2014_2020,
            "YYYY-R-CCNN-ESC##-######", "2019-2-CZ01-ESC11-061562", "ESC##", null);

    private final Programme programme;
    private final Generation generation;
    private final String pattern;
    private final String example;
    private final String actionShape;
    /** Null where the generation has no field part. */
    private final String fieldShape;

    NumberLayout(Programme programme, Generation generation, String pattern, String example, String actionShape,
            String fieldShape) {
        this.programme = programme;
        this.generation = generation;
        this.pattern = pattern;
        this.example = example;
        this.actionShape = actionShape;
        this.fieldShape = fieldShape;
    }

    static NumberLayout of(Programme programme, Generation generation) {
        return Arrays.stream(values())
                .filter(layout -> layout.programme == programme && layout.generation == generation)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No number layout for " + programme + " " + generation));
    }

    /** E.g. {@code YYYY-R-CCNN-KA###-YOU-#########}. */
    public String pattern() {
        return pattern;
    }

    /** A real number of this structure, e.g. {@code 2022-1-LV02-KA152-YOU-000000000}. */
    public String example() {
        return example;
    }

    public Programme programme() {
        return programme;
    }

    public Generation generation() {
        return generation;
    }

    String actionShape() {
        return actionShape;
    }

    boolean hasField() {
        return fieldShape != null;
    }

    Optional<String> fieldShape() {
        return Optional.ofNullable(fieldShape);
    }

    String serialShape() {
        return "#".repeat(generation.serialDigits());
    }
}
