package eu.youthpass.learning;

import eu.youthpass.project.number.CompetenceFramework;

import java.util.Arrays;
import java.util.List;

/**
 * One competence a learner can describe their learning against: the 8 key competences for lifelong learning,
 * the nine areas of the ETS competence model, and "other competences" for learning that fits neither. Names,
 * descriptions and reflection questions are in the bundle {@code i18n/competences} under
 * {@code competence.<NAME>.name|description|question1..3}. The codes are stored in the database: never rename one.
 */
public enum Competence {
    KC1_LITERACY(CompetenceFramework.KEY_COMPETENCES),
    KC2_MULTILINGUAL(CompetenceFramework.KEY_COMPETENCES),
    KC3_MATHS_SCIENCE_TECHNOLOGY(CompetenceFramework.KEY_COMPETENCES),
    KC4_DIGITAL(CompetenceFramework.KEY_COMPETENCES),
    KC5_PERSONAL_SOCIAL_LEARNING(CompetenceFramework.KEY_COMPETENCES),
    KC6_CITIZENSHIP(CompetenceFramework.KEY_COMPETENCES),
    KC7_ENTREPRENEURSHIP(CompetenceFramework.KEY_COMPETENCES),
    KC8_CULTURAL_AWARENESS(CompetenceFramework.KEY_COMPETENCES),
    ETS1_FACILITATING_LEARNING(CompetenceFramework.ETS),
    ETS2_DESIGNING_PROGRAMMES(CompetenceFramework.ETS),
    ETS3_ORGANISING_RESOURCES(CompetenceFramework.ETS),
    ETS4_COLLABORATING_IN_TEAMS(CompetenceFramework.ETS),
    ETS5_COMMUNICATING(CompetenceFramework.ETS),
    ETS6_INTERCULTURAL(CompetenceFramework.ETS),
    ETS7_NETWORKING_ADVOCATING(CompetenceFramework.ETS),
    ETS8_EVALUATIVE_PRACTICE(CompetenceFramework.ETS),
    ETS9_CIVIC_ENGAGEMENT(CompetenceFramework.ETS),
    /** Learning that fits neither framework; offered with both, always last. */
    OTHER(null);

    private final CompetenceFramework framework;

    Competence(CompetenceFramework framework) {
        this.framework = framework;
    }

    /** The competences of a framework in their official order, followed by {@link #OTHER}. */
    public static List<Competence> of(CompetenceFramework framework) {
        return Arrays.stream(values()).filter(c -> c.framework == framework || c == OTHER).toList();
    }

    public CompetenceFramework framework() {
        return framework;
    }

    /** The number printed before the name (1–8 or 1–9); 0 for other competences. */
    public int number() {
        return this == OTHER ? 0 : Integer.parseInt(name().replaceAll("^[A-Z]+(\\d+)_.*$", "$1"));
    }

    public String key(String part) {
        return "competence." + name() + "." + part;
    }
}
