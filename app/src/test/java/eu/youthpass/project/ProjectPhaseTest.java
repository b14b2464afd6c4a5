package eu.youthpass.project;

import eu.youthpass.person.PersonStatus;
import eu.youthpass.project.number.ParseResult;
import eu.youthpass.project.number.ProjectNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectPhaseTest {

    private static final LocalDate JULY_31 = LocalDate.of(2026, 7, 31);

    @Test
    void preparationUntilThereIsAnActivityAndAPerson() {
        assertEquals(ProjectPhase.PREPARATION, ProjectPhase.of(List.of(), people(0, 0), JULY_31));
        assertEquals(ProjectPhase.PREPARATION, ProjectPhase.of(List.of(activityEnding(JULY_31)), people(0, 0), JULY_31));
    }

    @Test
    void activityUntilTheLastDayOfTheLastActivity() {
        assertEquals(ProjectPhase.ACTIVITY, ProjectPhase.of(List.of(activityEnding(JULY_31)), people(3, 0), JULY_31));
        assertEquals(ProjectPhase.REFLECTION, ProjectPhase.of(List.of(activityEnding(JULY_31)), people(3, 0), JULY_31.plusDays(1)));
    }

    @Test
    void certificatesOnceSomeoneIsAccepted() {
        assertEquals(ProjectPhase.CERTIFICATES,
                ProjectPhase.of(List.of(activityEnding(JULY_31.minusDays(10))), people(3, 1), JULY_31));
    }

    private static Map<PersonStatus, Long> people(long added, long accepted) {
        Map<PersonStatus, Long> counts = new EnumMap<>(PersonStatus.class);
        for (PersonStatus s : PersonStatus.values()) {
            counts.put(s, 0L);
        }
        counts.put(PersonStatus.ADDED, added);
        counts.put(PersonStatus.ACCEPTED, accepted);
        return counts;
    }

    private static Activity activityEnding(LocalDate end) {
        ProjectDetails details = new ProjectDetails();
        details.setTitle("Exchange");
        details.setStartDate(end.minusMonths(1));
        details.setEndDate(end);
        ProjectNumber number = ((ParseResult.Valid) ProjectNumber.parse("2022-1-LV02-KA152-YOU-000000000")).number();
        ActivityForm form = new ActivityForm();
        form.setType(ActivityType.YOUTH_EXCHANGE_ACTIVITY);
        form.setTitle("Exchange");
        form.setStartDate(end.minusDays(10));
        form.setEndDate(end);
        return new Activity(new Project(1L, number, details), form);
    }
}
