package eu.youthpass.demo.workshop;

import eu.youthpass.account.UserAccount;
import eu.youthpass.demo.DemoDatabase;
import eu.youthpass.demo.Sql;
import eu.youthpass.demo.seed.ExampleSeeding;
import eu.youthpass.demo.wipe.IdSource;
import eu.youthpass.organisation.MemberRole;
import eu.youthpass.organisation.Membership;
import eu.youthpass.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Workshops in the database: each seat an organisation of its own (so seats never see each other, by the platform's
 * own tenant isolation) with a copy of the example projects, its seat login as owner and the trainer as a member.
 */
@ApplicationScoped
@Transactional
public class WorkshopStore {

    public static final String SEAT = "SEAT";
    public static final String TRAINER = "TRAINER";

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoDatabase database;

    @Inject
    IdSource ids;

    @Inject
    ExampleSeeding seeding;

    /** Workshops opened from this address since then, and workshops open now (not yet ended). */
    public long[] counts(String openedFrom, Instant since, LocalDate today) {
        return database.inPlatformScope(c -> new long[]{
                Sql.single(c, "select count(*) from demo_workshop where opened_from = ? and created_at > ?",
                        openedFrom, since.atOffset(ZoneOffset.UTC)),
                Sql.single(c, "select count(*) from demo_workshop where ends_on >= ?", today)});
    }

    /** Creates the workshop, its trainer and seats; the logins' passwords are hashed already (slow, done outside). */
    public long create(WorkshopForm form, String openedFrom, List<String> passwords, Map<Integer, String> hashes) {
        long workshopId = database.inPlatformScope(c -> {
            long id = ids.next(c, "demo_workshop_seq");
            Sql.update(c, "insert into demo_workshop (id, name, seats, ends_on, opened_from, created_at) values (?, ?, ?, ?, ?, ?)",
                    id, form.getName(), form.getSeats(), form.getEndsOn(), openedFrom, now());
            return id;
        });
        List<WorkshopLogin> logins = java.util.stream.IntStream.range(0, passwords.size())
                .mapToObj(seat -> new WorkshopLogin(seat, WorkshopLogin.email(workshopId, seat), passwords.get(seat))).toList();
        List<UserAccount> accounts = new ArrayList<>();
        for (WorkshopLogin login : logins) {
            String first = login.isTrainer() ? "Trainer" : "Seat " + login.seat();
            UserAccount account = new UserAccount(login.email(), first, trimmed(form.getName(), 100), hashes.get(login.seat()),
                    Locale.ENGLISH);
            account.confirmEmail();
            em.persist(account);
            accounts.add(account);
        }
        em.flush();
        UserAccount trainer = accounts.get(0);
        for (int i = 0; i < logins.size(); i++) {
            WorkshopLogin login = logins.get(i);
            UserAccount account = accounts.get(i);
            em.createNativeQuery("""
                    insert into demo_account (user_id, kind, created_at, workshop_id, seat, handout_password)
                    values (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, account.getId()).setParameter(2, login.isTrainer() ? TRAINER : SEAT)
                    .setParameter(3, now()).setParameter(4, workshopId).setParameter(5, login.seat())
                    .setParameter(6, login.password()).executeUpdate();
            if (login.isTrainer()) {
                continue;
            }
            Organisation seat = new Organisation(trimmed(form.getName(), 170) + " — seat " + login.seat(), "LV");
            em.persist(seat);
            em.persist(new Membership(seat, account, MemberRole.OWNER));
            em.persist(new Membership(seat, trainer, MemberRole.MEMBER));
            em.flush();
            account.rememberOrganisation(seat.getId());
            if (trainer.getLastOrganisationId() == null) {
                trainer.rememberOrganisation(seat.getId());
            }
            long organisationId = seat.getId();
            database.inPlatformScope(c -> {
                Sql.update(c, """
                        insert into demo_organisation (organisation_id, kind, created_at, workshop_id, seat)
                        values (?, ?, ?, ?, ?)""", organisationId, SEAT, now(), workshopId, login.seat());
                seeding.seed(c, organisationId);
                return null;
            });
        }
        return workshopId;
    }

    /** The workshop this login is the trainer of, with every seat's login and progress. */
    public Optional<WorkshopView> ofTrainer(long userId) {
        return database.inPlatformScope(c -> {
            List<Long> workshop = Sql.longs(c, "select workshop_id from demo_account where user_id = ? and kind = ?", userId, TRAINER);
            if (workshop.isEmpty()) {
                return Optional.empty();
            }
            long id = workshop.get(0);
            String name;
            int seats;
            LocalDate endsOn;
            try (PreparedStatement s = Sql.prepare(c, "select name, seats, ends_on from demo_workshop where id = ?", id);
                 ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                name = r.getString(1);
                seats = r.getInt(2);
                endsOn = r.getObject(3, LocalDate.class);
            }
            List<WorkshopLogin> logins = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, """
                    select a.seat, u.email, a.handout_password from demo_account a join user_account u on u.id = a.user_id
                    where a.workshop_id = ? order by a.seat""", id); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    logins.add(new WorkshopLogin(r.getInt(1), r.getString(2), r.getString(3)));
                }
            }
            List<SeatProgress> progress = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, """
                    select o.seat, o.organisation_id,
                        (select count(*) from project p where p.organisation_id = o.organisation_id),
                        (select count(*) from person p where p.organisation_id = o.organisation_id),
                        (select count(*) from person p where p.organisation_id = o.organisation_id and p.status in ('INVITED', 'SENT_BACK')),
                        (select count(*) from person p where p.organisation_id = o.organisation_id and p.status = 'SUBMITTED'),
                        (select count(*) from person p where p.organisation_id = o.organisation_id and p.status = 'ACCEPTED'),
                        (select count(*) from person p where p.organisation_id = o.organisation_id and p.status = 'CERTIFICATE_ISSUED')
                    from demo_organisation o where o.workshop_id = ? order by o.seat""", id); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int seat = r.getInt(1);
                    String login = logins.stream().filter(l -> l.seat() == seat).map(WorkshopLogin::email).findFirst().orElse("");
                    progress.add(new SeatProgress(seat, login, r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                            r.getLong(6), r.getLong(7), r.getLong(8)));
                }
            }
            return Optional.of(new WorkshopView(id, name, seats, endsOn, logins, progress));
        });
    }

    /** Workshops whose last day has passed. */
    public List<Long> endedBefore(LocalDate today) {
        return database.inPlatformScope(c -> Sql.longs(c, "select id from demo_workshop where ends_on < ?", today));
    }

    private static String trimmed(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    private static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }
}
