package eu.youthpass.demo.workshop;

import java.time.LocalDate;
import java.util.List;

/** A workshop as its trainer sees it. */
public record WorkshopView(long id, String name, int seats, LocalDate endsOn, List<WorkshopLogin> logins,
                           List<SeatProgress> progress) {
}
