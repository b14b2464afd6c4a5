package eu.youthpass.learning;

import java.io.Serializable;
import java.time.LocalDate;

/** Name and birth data as the learner wants them on their certificate. */
public record PersonalData(String firstName, String lastName, LocalDate birthDate, String birthPlace)
        implements Serializable {
}
