package eu.youthpass.project.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ActionCodeTest {

    @ParameterizedTest(name = "{0}: participants {1}, team members {2}")
    @CsvSource({
            "KA151, KEY_COMPETENCES, ETS",
            "KA152, KEY_COMPETENCES, ETS",
            "KA153, ETS,             ETS",
            "KA154, KEY_COMPETENCES, ETS",
            "KA155, KEY_COMPETENCES, ETS",
            "ESC30, KEY_COMPETENCES, ETS",
            "ESC51, KEY_COMPETENCES, ETS",
            "KA105, KEY_COMPETENCES, ETS",
            "KA347, KEY_COMPETENCES, ETS",
            "ESC11, KEY_COMPETENCES, ETS",
            "ESC12, KEY_COMPETENCES, ETS",
            "ESC13, KEY_COMPETENCES, ETS"})
    void frameworkDependsOnTheActionAndTheLearner(ActionCode code, CompetenceFramework participants,
            CompetenceFramework teamMembers) {
        assertTrue(code.isYouthpassAvailable());
        assertEquals(participants, code.frameworkFor(LearnerKind.PARTICIPANT));
        assertEquals(teamMembers, code.frameworkFor(LearnerKind.TEAM_MEMBER));
    }

    @ParameterizedTest
    @EnumSource(names = {"KA210", "KA220", "KA205", "ESC21"})
    void partnershipsAndTraineeshipsAreKnownButHaveNoYouthpass(ActionCode code) {
        assertFalse(code.isYouthpassAvailable());
        assertThrows(IllegalStateException.class, () -> code.frameworkFor(LearnerKind.PARTICIPANT));
    }

    /** Keeps the table consistent: every row is reachable through a number of its own layout. */
    @ParameterizedTest
    @EnumSource(ActionCode.class)
    void everyCodeIsReadFromANumberOfItsLayout(ActionCode code) {
        String[] parts = code.layout().example().split("-");
        parts[3] = code.code();
        ParseResult result = ProjectNumber.parse(String.join("-", parts), ProjectNumberTest.JUNE_2026);

        if (code.isYouthpassAvailable()) {
            assertEquals(code, ((ParseResult.Valid) result).number().actionCode());
        } else {
            assertEquals(ProblemKind.NOT_AVAILABLE, ((ParseResult.Invalid) result).problem().kind());
        }
        assertEquals(code.programme(), code.layout().programme());
        assertEquals(code.generation(), code.layout().generation());
    }

    @Test
    void findsUpperCaseCodesOnly() {
        assertEquals(Optional.of(ActionCode.KA152), ActionCode.find("KA152"));
        assertEquals(Optional.empty(), ActionCode.find("KA999"));
        assertEquals(Optional.empty(), ActionCode.find("ka152"));
    }

    @Test
    void everyProblemHasItsOwnMessageKey() {
        assertEquals(ProblemKind.values().length,
                Arrays.stream(ProblemKind.values()).map(ProblemKind::messageKey).distinct().count());
        assertTrue(Arrays.stream(ProblemKind.values())
                .allMatch(kind -> kind.messageKey().equals("project_number.problem." + kind.name().toLowerCase(Locale.ROOT))));
        assertTrue(Arrays.stream(NumberPart.values())
                .allMatch(part -> part.messageKey().equals("project_number.part." + part.name().toLowerCase(Locale.ROOT))));
    }
}
