package eu.youthpass.person.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the rows are checked against: the project's activities, the e-mail addresses already in the project, and
 * today (dates of birth must be before it).
 */
public record ImportTarget(List<ActivityChoice> activities, Set<String> emailsInProject, LocalDate today) {

    /** An activity of the project, as a row names it by title. */
    public record ActivityChoice(long id, String title) {
    }

    public ImportTarget {
        activities = List.copyOf(activities);
        emailsInProject = emailsInProject.stream().map(e -> e.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(today, "today");
    }

    boolean isInProject(String email) {
        return emailsInProject.contains(email.strip().toLowerCase(Locale.ROOT));
    }

    /** The titles as a row should write them: separated by semicolons. */
    String titles() {
        return activities.stream().map(ActivityChoice::title).collect(Collectors.joining("; "));
    }
}
