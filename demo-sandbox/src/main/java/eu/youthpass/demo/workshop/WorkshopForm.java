package eu.youthpass.demo.workshop;

import java.io.Serializable;
import java.time.LocalDate;

/** What a trainer enters to open a workshop sandbox. */
public class WorkshopForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX_LENGTH = 100;
    public static final int MAX_SEATS = 40;
    public static final int MAX_DAYS = 14;

    private String name;
    private Integer seats = 10;
    private LocalDate endsOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
