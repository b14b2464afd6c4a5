package eu.youthpass.demo.workshop;

import eu.youthpass.demo.DemoSettings;
import eu.youthpass.demo.wipe.OrganisationWipe;
import eu.youthpass.platform.security.PasswordHasher;
import eu.youthpass.platform.security.SecretToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Private workshop sandboxes for trainers: opened from the demo's start page, limited per address and in total so
 * the demo cannot be flooded, ended (and deleted by the wipe job) after their last day.
 */
@ApplicationScoped
public class Workshops {

    /** Workshops open at once, across all trainers. */
    static final int MAX_OPEN = 30;
    /** Workshops one address may open in a day. */
    static final int MAX_PER_ADDRESS_PER_DAY = 3;

    @Inject
    WorkshopStore store;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoSettings settings;

    @Inject
    OrganisationWipe wipe;

    /** @return the trainer's login, to show once and on the handout */
    public WorkshopLogin open(WorkshopForm form, String clientAddress) {
        check(form);
        String openedFrom = SecretToken.hashOf("workshop:" + clientAddress);
        long[] counts = store.counts(openedFrom, Instant.now().minus(Duration.ofDays(1)), today());
        if (counts[0] >= MAX_PER_ADDRESS_PER_DAY) {
            throw new WorkshopRefused("demo.workshop.refused.address");
        }
        if (counts[1] >= MAX_OPEN) {
            throw new WorkshopRefused("demo.workshop.refused.full");
        }
        // seat 0 is the trainer; password hashing is slow on purpose, so up to 41 of them run in parallel
        List<String> passwords = IntStream.rangeClosed(0, form.getSeats()).mapToObj(seat -> WorkshopLogin.generatePassword()).toList();
        Map<Integer, String> hashes = IntStream.rangeClosed(0, form.getSeats()).parallel().boxed()
                .collect(Collectors.toMap(Function.identity(), seat -> hasher.hash(passwords.get(seat))));
        long workshopId = store.create(form, openedFrom, passwords, hashes);
        return new WorkshopLogin(WorkshopLogin.TRAINER, WorkshopLogin.email(workshopId, WorkshopLogin.TRAINER), passwords.get(0));
    }

    public Optional<WorkshopView> ofTrainer(long userId) {
        return store.ofTrainer(userId);
    }

    /** Puts one seat back to the example projects, for the next group; only the workshop's trainer may. */
    public boolean resetSeat(long trainerId, int seat) {
        return ofTrainer(trainerId).flatMap(w -> w.progress().stream().filter(p -> p.seat() == seat).findFirst())
                .map(p -> {
                    wipe.wipe(p.organisationId(), true);
                    return true;
                }).orElse(false);
    }

    public LocalDate today() {
        return LocalDate.now(settings.wipeZone());
    }

    private void check(WorkshopForm form) {
        if (form.getName() == null || form.getName().isBlank() || form.getName().strip().length() > WorkshopForm.NAME_MAX_LENGTH) {
            throw new WorkshopRefused("demo.workshop.field.name_required");
        }
        if (form.getSeats() == null || form.getSeats() < 1 || form.getSeats() > WorkshopForm.MAX_SEATS) {
            throw new WorkshopRefused("demo.workshop.field.seats_range");
        }
        if (form.getEndsOn() == null || form.getEndsOn().isBefore(today())
                || form.getEndsOn().isAfter(today().plusDays(WorkshopForm.MAX_DAYS))) {
            throw new WorkshopRefused("demo.workshop.field.ends_on_range");
        }
    }
}
