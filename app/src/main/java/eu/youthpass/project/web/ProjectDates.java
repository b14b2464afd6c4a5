package eu.youthpass.project.web;

import eu.youthpass.platform.web.Pages;

import java.time.LocalDate;

/** The date checks every project and activity form makes, with the message next to the end date. */
final class ProjectDates {

    private ProjectDates() {
    }

    /** @param form the form's id, whose {@code endDate} field gets the message */
    static boolean valid(LocalDate start, LocalDate end, String form) {
        if (start != null && end != null && end.isBefore(start)) {
            Pages.fieldError(form + ":endDate", "validation.end_before_start");
            return false;
        }
        return true;
    }
}
