package eu.youthpass.certificate;

import eu.youthpass.certificate.CertificateContent.Activity;
import eu.youthpass.certificate.CertificateContent.Project;
import eu.youthpass.certificate.CertificateContent.Venue;

import java.time.LocalDate;
import java.util.List;

import static eu.youthpass.certificate.CertificateBlocks.present;

/**
 * The project as the certificate presents it. With exactly one activity, that activity is what the learner took part
 * in: its title, type, dates, venue and description are shown (the project's where the activity leaves one empty),
 * and it is not listed again. With several, the project's own facts are shown and the activities listed.
 */
record ShownProject(String title, String description, String activityType, LocalDate startDate, LocalDate endDate,
                    Venue venue, List<Activity> listedActivities) {

    static ShownProject of(CertificateContent content) {
        Project project = content.project();
        if (content.activities().size() == 1) {
            Activity only = content.activities().getFirst();
            boolean activityDates = only.startDate() != null || only.endDate() != null;
            return new ShownProject(
                    firstPresent(only.title(), project.title()),
                    firstPresent(only.description(), project.description()),
                    only.type(),
                    activityDates ? only.startDate() : project.startDate(),
                    activityDates ? only.endDate() : project.endDate(),
                    isEmpty(only.venue()) ? project.venue() : only.venue(),
                    List.of());
        }
        return new ShownProject(project.title(), project.description(), null, project.startDate(),
                project.endDate(), project.venue(), content.activities());
    }

    private static String firstPresent(String preferred, String otherwise) {
        return present(preferred) ? preferred : otherwise;
    }

    private static boolean isEmpty(Venue venue) {
        return venue == null || !present(venue.city()) && !present(venue.country());
    }
}
