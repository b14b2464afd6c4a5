package eu.youthpass.demo.seed;

import eu.youthpass.learning.Competence;
import eu.youthpass.person.TeamRole;
import eu.youthpass.project.ActivityType;
import eu.youthpass.project.number.CompetenceFramework;
import eu.youthpass.project.number.Generation;
import eu.youthpass.project.number.LearnerKind;
import eu.youthpass.project.number.ParseResult;
import eu.youthpass.project.number.ProjectFormat;
import eu.youthpass.project.number.ProjectNumber;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example projects are what the platform itself would accept and what the issue asks for. */
class ExampleProjectsTest {

    @Test
    void theFourKindsOfProject() {
        List<ProjectNumber> numbers = ExampleProjects.ALL.stream().map(p -> {
            ParseResult result = ProjectNumber.parse(p.number());
            assertInstanceOf(ParseResult.Valid.class, result, p.number());
            ProjectNumber number = ((ParseResult.Valid) result).number();
            assertEquals(p.actionCode(), number.actionCode().code(), p.number());
            return number;
        }).toList();
        assertEquals(List.of(ProjectFormat.YOUTH_EXCHANGE, ProjectFormat.MOBILITY_OF_YOUTH_WORKERS,
                ProjectFormat.VOLUNTEERING_PROJECT, ProjectFormat.YOUTH_MOBILITY_2014),
                numbers.stream().map(ProjectNumber::format).toList());
        assertEquals(Generation.G2014_2020, numbers.get(3).generation());
        assertTrue(ExampleProjects.ALL.get(0).activities().stream().anyMatch(a -> a.type().equals("PREPARATORY_VISIT")));
    }

    @Test
    void activitiesFitTheirProjectAndAnswersTheLearnersFramework() {
        for (ExampleProjects.ExampleProject p : ExampleProjects.ALL) {
            ProjectNumber number = ((ParseResult.Valid) ProjectNumber.parse(p.number())).number();
            for (ExampleProjects.ExampleActivity a : p.activities()) {
                assertTrue(ActivityType.valueOf(a.type()).fits(number.format()), a.type() + " in " + p.number());
            }
            for (ExampleProjects.ExampleLearner l : p.learners()) {
                if (l.teamRole() != null) {
                    TeamRole.valueOf(l.teamRole());
                }
                CompetenceFramework framework = number.frameworkFor(l.teamMember() ? LearnerKind.TEAM_MEMBER : LearnerKind.PARTICIPANT);
                assertEquals(framework == CompetenceFramework.ETS, p.etsFor(l), l.firstName());
                var answers = p.etsFor(l) ? ExampleTexts.ets(l.writes()) : ExampleTexts.keyCompetences(l.writes());
                answers.keySet().forEach(code -> assertEquals(framework, Competence.valueOf(code).framework(), code));
            }
        }
    }

    @Test
    void acceptedSelfAssessmentsInEnglishAndLatvian() {
        var accepted = ExampleProjects.ALL.stream().flatMap(p -> p.learners().stream()).filter(ExampleProjects.ExampleLearner::accepted).toList();
        assertTrue(accepted.stream().anyMatch(l -> l.writes().equals("en")) && accepted.stream().anyMatch(l -> l.writes().equals("lv")));
        accepted.forEach(l -> assertTrue(l.tasks() != null && l.birthDate() != null, l.firstName()));
        assertTrue(ExampleTexts.keyCompetences("lv").values().stream().allMatch(t -> t.matches(".*[āēīūčšžņļķģ].*")));
        assertEquals("liga.berzina@example.org", ExampleProjects.email(ExampleProjects.ALL.get(0).learners().get(0)));
    }
}
