package eu.youthpass.project;

import eu.youthpass.person.PersonStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Where a project is in the Youthpass process, from what it holds; the overview page shows it as steps. */
public enum ProjectPhase {
    PREPARATION,
    ACTIVITY,
    REFLECTION,
    CERTIFICATES;

    public static ProjectPhase of(List<Activity> activities, Map<PersonStatus, Long> people, LocalDate today) {
        long total = people.values().stream().mapToLong(Long::longValue).sum();
        if (activities.isEmpty() || total == 0) {
            return PREPARATION;
        }
        LocalDate lastDay = activities.stream().map(Activity::getEndDate).max(LocalDate::compareTo).orElseThrow();
        if (!today.isAfter(lastDay)) {
            return ACTIVITY;
        }
        long readyForCertificate = people.get(PersonStatus.ACCEPTED) + people.get(PersonStatus.CERTIFICATE_ISSUED);
        return readyForCertificate == 0 ? REFLECTION : CERTIFICATES;
    }
}
