package eu.youthpass.demo.wipe;

import eu.youthpass.demo.Sql;
import eu.youthpass.demo.DemoAccounts;
import eu.youthpass.demo.DemoDatabase;
import eu.youthpass.demo.DemoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wipe's bookkeeping: the history of runs ({@code demo_wipe_run}) and each run's plan ({@code demo_wipe_item}).
 * Starting and ending a run commit on their own; the plan and the items take part in the batch step's transaction.
 */
@ApplicationScoped
@Transactional
public class WipeRuns {

    /** One organisation of a run's plan: kept and re-seeded (the shared one) or deleted. */
    public record Item(long runId, long organisationId, boolean keepSeeded) {
    }

    @Inject
    DemoDatabase database;

    @Inject
    IdSource ids;

    @Inject
    DemoAccounts accounts;

    @Inject
    DemoSettings settings;

    /** A new run; empty when its cron slot already has one (another replica started it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> create(WipeTrigger trigger, Instant slot, String requestedBy) {
        return work(c -> {
            if (slot != null && !Sql.longs(c, "select id from demo_wipe_run where scheduled_for = ?", utc(slot)).isEmpty()) {
                return Optional.empty();
            }
            long id = ids.next(c, "demo_wipe_run_seq");
            Sql.update(c, """
                    insert into demo_wipe_run (id, trigger_kind, scheduled_for, requested_by, started_at, status)
                    values (?, ?, ?, ?, ?, 'STARTED')""", id, trigger.name(), slot == null ? null : utc(slot),
                    requestedBy, utc(Instant.now()));
            return Optional.of(id);
        });
    }

    /**
     * Lists, once per run, every organisation the wipe must reset: the shared demo (kept and re-seeded) and any other
     * organisation a demo login belongs to, such as one a visitor made with the shared login (deleted); and the seats
     * of workshops that have ended (deleted). A run for ended workshops ({@link WipeTrigger#EXPIRY}) lists only those.
     * Workshops still going on are left alone.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void plan(long runId) {
        accounts.sharedLogin(); // its name and password as the settings say, whatever a visitor did to them
        LocalDate today = LocalDate.now(settings.wipeZone());
        work(c -> {
            if (!Sql.longs(c, "select 1 from demo_wipe_item where run_id = ?", runId).isEmpty()) {
                return null; // resumed: the plan stands
            }
            boolean everything = Sql.longs(c, "select 1 from demo_wipe_run where id = ? and trigger_kind = 'EXPIRY'", runId).isEmpty();
            int planned = 0;
            if (everything) {
                planned += Sql.update(c, """
                        insert into demo_wipe_item (run_id, organisation_id, keep_seeded)
                        select ?, organisation_id, true from demo_organisation where kind = 'SHARED'""", runId);
                planned += Sql.update(c, """
                        insert into demo_wipe_item (run_id, organisation_id, keep_seeded)
                        select distinct ?, m.organisation_id, false from membership m join demo_account a on a.user_id = m.user_id
                        where m.organisation_id not in (select organisation_id from demo_organisation)""", runId);
            }
            planned += Sql.update(c, """
                    insert into demo_wipe_item (run_id, organisation_id, keep_seeded)
                    select ?, o.organisation_id, false from demo_organisation o join demo_workshop w on w.id = o.workshop_id
                    where w.ends_on < ?""", runId, today);
            Sql.update(c, "update demo_wipe_run set organisations = ? where id = ?", planned, runId);
            return null;
        });
    }

    /** Last step: the logins and records of ended workshops whose seats are all gone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sweepEndedWorkshops() {
        LocalDate today = LocalDate.now(settings.wipeZone());
        return work(c -> {
            String ended = "select w.id from demo_workshop w where w.ends_on < ?"
                    + " and not exists (select 1 from demo_organisation o where o.workshop_id = w.id)";
            int logins = Sql.update(c, "delete from user_account where id in (select user_id from demo_account"
                    + " where workshop_id in (" + ended + "))", today);
            return logins + Sql.update(c, "delete from demo_workshop where id in (" + ended + ")", today);
        });
    }

    /** Whether workshops have ended and no run for them started in the last hour (a failing one is not hammered). */
    public boolean endedWorkshopsWaiting() {
        LocalDate today = LocalDate.now(settings.wipeZone());
        return work(c -> !Sql.longs(c, "select 1 from demo_workshop where ends_on < ?", today).isEmpty()
                && Sql.longs(c, "select 1 from demo_wipe_run where trigger_kind = 'EXPIRY' and started_at > ?",
                utc(Instant.now().minus(java.time.Duration.ofHours(1)))).isEmpty());
    }

    /** Its own transaction: the batch step's chunk transaction must hold only the batch runtime's checkpoint. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Item> nextPending(long runId) {
        return work(c -> {
            try (PreparedStatement s = Sql.prepare(c, """
                    select organisation_id, keep_seeded from demo_wipe_item where run_id = ? and done_at is null
                    order by keep_seeded, organisation_id""", runId); ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Item(runId, r.getLong(1), r.getBoolean(2))) : Optional.empty();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void done(Item item, long rowsDeleted) {
        work(c -> Sql.update(c, """
                update demo_wipe_item set done_at = ?, rows_deleted = ? where run_id = ? and organisation_id = ?""",
                utc(Instant.now()), rowsDeleted, item.runId(), item.organisationId()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long runId, WipeStatus status, String error) {
        work(c -> Sql.update(c, """
                update demo_wipe_run set status = ?, ended_at = ?, error = ?,
                    rows_deleted = (select coalesce(sum(rows_deleted), 0) from demo_wipe_item where run_id = ?)
                where id = ?""", status.name(), utc(Instant.now()),
                error == null ? null : error.substring(0, Math.min(error.length(), 1000)), runId, runId));
    }

    /** Runs that never ended: running now, or stopped half-way by a crash. */
    public List<Long> unfinished() {
        return work(c -> Sql.longs(c, "select id from demo_wipe_run where status = 'STARTED' order by id"));
    }

    /** The latest cron slot a run was started for, or else when the demo was first set up. */
    public Optional<Instant> lastSlotOrSetup() {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select max(t) from (select max(scheduled_for) as t from demo_wipe_run
                    union all select min(created_at) as t from demo_organisation where kind = 'SHARED') slots""");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return Optional.ofNullable(r.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
            }
        });
    }

    public List<WipeRun> history(int max) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select id, trigger_kind, scheduled_for, requested_by, started_at, ended_at, status, organisations,
                        rows_deleted, error
                    from demo_wipe_run order by started_at desc, id desc""")) {
                s.setMaxRows(max);
                List<WipeRun> runs = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        runs.add(new WipeRun(r.getLong(1), WipeTrigger.valueOf(r.getString(2)), instant(r, 3),
                                r.getString(4), instant(r, 5), instant(r, 6), WipeStatus.valueOf(r.getString(7)),
                                r.getInt(8), r.getLong(9), r.getString(10)));
                    }
                }
                return runs;
            }
        });
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private <T> T work(DemoDatabase.Work<T> work) {
        return database.inPlatformScope(work);
    }
}
