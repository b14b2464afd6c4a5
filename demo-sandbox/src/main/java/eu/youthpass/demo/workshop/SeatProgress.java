package eu.youthpass.demo.workshop;

/** How far one seat has come: its login, and its people by where they are on the way to a certificate. */
public record SeatProgress(int seat, String login, long organisationId, long projects, long people, long invited,
                           long submitted, long accepted, long certificates) {
}
