package eu.youthpass.certificate;

import java.util.Arrays;
import java.util.Optional;

/** The three parts of a Youthpass certificate, in print order; each can be issued on its own. */
public enum CertificatePart {
    /** Part 1: the learner, the project's key facts, the programme; signed by the legal representative. */
    CONFIRMATION(1),
    /** Part 2: learning outcomes per competence, evidence, references; signed by the learner and dialogue partner. */
    LEARNING_OUTCOMES(2),
    /** Part 3: the project, its activities and partners; signed by the person responsible. */
    PROJECT_DESCRIPTION(3);

    private final int number;

    CertificatePart(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<CertificatePart> numbered(int number) {
        return Arrays.stream(values()).filter(p -> p.number == number).findFirst();
    }
}
