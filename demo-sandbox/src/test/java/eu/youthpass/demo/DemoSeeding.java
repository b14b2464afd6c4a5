package eu.youthpass.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A busy demo for the wipe's tests and benchmark: projects, each with one activity, and their learners, for many
 * organisations at once. Plain SQL as the superuser, thousands of rows per statement (through the pages it would take
 * hours).
 */
public final class DemoSeeding {

    private DemoSeeding() {
    }

    /**
     * {@code projects} projects titled {@code title} + a number for each organisation, {@code learners} learners in
     * each; every {@code acceptedEvery}th learner (0: none) accepted, with a submitted self-assessment answering three
     * competences. Returns the rows inserted.
     */
    public static long projectsWithLearners(Connection c, List<Long> organisations, String title, int projects,
                                            int learners, int acceptedEvery) throws SQLException {
        Object ids = c.createArrayOf("bigint", organisations.toArray());
        String ours = "p.organisation_id = any(?) and p.title like ? || '%'";
        long rows = update(c, """
                insert into project (id, organisation_id, number, action_code, title, start_date, end_date,
                    organisation_role, created_at, updated_at)
                select nextval('project_seq'), o.id, '2025-1-LV02-KA152-YOU-000222222', 'KA152', ? || g,
                    date '2025-06-01', date '2025-09-30', 'COORDINATOR', now(), now()
                from unnest(?::bigint[]) o(id) cross join generate_series(1, ?) g""", title, ids, projects);
        rows += update(c, """
                insert into activity (id, organisation_id, project_id, type, title, start_date, end_date)
                select nextval('activity_seq'), p.organisation_id, p.id, 'YOUTH_EXCHANGE_ACTIVITY', 'Exchange',
                    date '2025-07-01', date '2025-07-10'
                from project p where\s""" + ours, ids, title);
        rows += update(c, """
                insert into person (id, organisation_id, project_id, kind, first_name, last_name, email,
                    residence_country, certificate_languages, status, created_at)
                select nextval('person_seq'), p.organisation_id, p.id, 'PARTICIPANT', 'Learner', 'Nr ' || g,
                    'learner' || g || '@example.org', 'LV', 'en',
                    case when ? > 0 and g % ? = 0 then 'ACCEPTED' else 'ADDED' end, now()
                from project p cross join generate_series(1, ?) g where\s""" + ours,
                acceptedEvery, Math.max(1, acceptedEvery), learners, ids, title);
        rows += update(c, """
                insert into person_activity (person_id, activity_id)
                select x.id, a.id from person x join activity a on a.project_id = x.project_id
                join project p on p.id = x.project_id where\s""" + ours, ids, title);
        rows += update(c, """
                insert into learning_record (person_id, organisation_id, tasks, saved_at, submitted_at)
                select x.id, x.organisation_id, 'Tasks', now(), now() from person x join project p on p.id = x.project_id
                where x.status = 'ACCEPTED' and\s""" + ours, ids, title);
        for (String competence : new String[] {"KC2_MULTILINGUAL", "KC5_PERSONAL_SOCIAL_LEARNING", "KC6_CITIZENSHIP"}) {
            rows += update(c, """
                    insert into competence_answer (person_id, organisation_id, competence, answer)
                    select r.person_id, r.organisation_id, ?, 'What I learned, in a few sentences.'
                    from learning_record r join person x on x.id = r.person_id join project p on p.id = x.project_id
                    where\s""" + ours + """
                     and not exists (select 1 from competence_answer a where a.person_id = r.person_id
                        and a.competence = ?)""", competence, ids, title, competence);
        }
        update(c, "analyze");
        return rows;
    }

    static long update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }
}
