package eu.youthpass.demo;

import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows of a demo database for the wipe tests: the demo's organisations, one outside it, and what each holds. */
final class DemoData {

    private DemoData() {
    }

    static long sharedOrganisation(PlatformServer demo) {
        return Long.parseLong(Seeds.query(demo, "select organisation_id from demo_organisation where kind = 'SHARED'").get(0));
    }

    static List<String> titles(PlatformServer demo, long organisationId) {
        return Seeds.query(demo, "select title from project where organisation_id = ? order by title", organisationId);
    }

    /** The example projects' titles, in the order {@link #titles} gives them. */
    static List<String> exampleTitles() {
        return DemoSharedLoginIT.EXAMPLE_TITLES.stream().sorted().toList();
    }

    /** How many rows of each learner and project table the demo organisation has. */
    static TreeMap<String, Long> counts(PlatformServer demo, long organisationId) {
        TreeMap<String, Long> counts = new TreeMap<>();
        for (String table : List.of("project", "project_partner", "activity", "person", "learning_record",
                "competence_answer", "review_note", "project_change", "learner_invitation", "membership")) {
            counts.put(table, Long.parseLong(Seeds.query(demo, "select count(*) from " + table + " where organisation_id = ?",
                    organisationId).get(0)));
        }
        return counts;
    }

    /** A live organisation in the same database: an owner, a project with learners, a self-assessment and a mail. */
    static long outsideOrganisation(PlatformServer demo) throws SQLException {
        long organisationId;
        try (Connection c = demo.database().connectAsAdmin()) {
            organisationId = single(c, "select nextval('organisation_seq')");
            execute(c, "insert into organisation (id, name, country, created_at) values (?, 'Noored Tallinnas', 'EE', now())",
                    organisationId);
            long owner = single(c, "select nextval('user_account_seq')");
            execute(c, """
                    insert into user_account (id, email, first_name, last_name, password_hash, locale, status, created_at)
                    values (?, ?, 'Kadri', 'Tamm', 'not a real hash', 'en', 'ACTIVE', now())""", owner,
                    "kadri" + organisationId + "@live.example");
            execute(c, "insert into membership (id, organisation_id, user_id, role, joined_at) values (nextval('membership_seq'), ?, ?, 'OWNER', now())",
                    organisationId, owner);
        }
        Seeds.SeededProject project = Seeds.project(demo, organisationId, "Live youth exchange",
                Seeds.Learner.participant("Mari", "Kask", "en"), Seeds.Learner.teamMember("Jüri", "Mets", "en"));
        try (Connection c = demo.database().connectAsAdmin()) {
            long person = project.learnerIds().get(0);
            execute(c, "insert into learning_record (person_id, organisation_id, tasks, submitted_at) values (?, ?, 'Cooking', now())",
                    person, organisationId);
            execute(c, "insert into competence_answer (person_id, organisation_id, competence, answer) values (?, ?, 'KC2_MULTILINGUAL', 'Estonian and English')",
                    person, organisationId);
            execute(c, "insert into project_partner (id, organisation_id, project_id, name, country) values (nextval('project_partner_seq'), ?, ?, 'Partner', 'FI')",
                    organisationId, project.id());
        }
        return organisationId;
    }

    /** An organisation made with the shared login (the page "New organisation" is open to it). */
    static long organisationOfTheSharedLogin(PlatformServer demo, String name) throws SQLException {
        try (Connection c = demo.database().connectAsAdmin()) {
            long organisationId = single(c, "select nextval('organisation_seq')");
            execute(c, "insert into organisation (id, name, country, created_at) values (?, ?, 'LV', now())", organisationId, name);
            execute(c, """
                    insert into membership (id, organisation_id, user_id, role, joined_at)
                    select nextval('membership_seq'), ?, id, 'OWNER', now() from user_account where email = ?""",
                    organisationId, DemoSharedLoginIT.LOGIN);
            return organisationId;
        }
    }

    /**
     * Every row that belongs to the organisation, in every table that has an organisation_id, plus the organisation,
     * its members' accounts and its people's activities: each row as the text of all its columns.
     */
    static TreeMap<String, List<String>> rowsOf(PlatformServer demo, long organisationId) throws SQLException {
        TreeMap<String, List<String>> rows = new TreeMap<>();
        try (Connection c = demo.database().connectAsAdmin()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select table_name from information_schema.columns
                    where table_schema = 'public' and column_name = 'organisation_id' order by table_name""");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            assertTrue(tables.size() > 10, tables.toString());
            for (String table : tables) {
                rows.put(table, rows(c, "select * from " + table + " where organisation_id = ?", organisationId));
            }
            rows.put("organisation", rows(c, "select * from organisation where id = ?", organisationId));
            rows.put("user_account", rows(c, "select u.* from user_account u join membership m on m.user_id = u.id where m.organisation_id = ?", organisationId));
            rows.put("person_activity", rows(c, "select pa.* from person_activity pa join person p on p.id = pa.person_id where p.organisation_id = ?", organisationId));
        }
        assertFalse(rows.get("person").isEmpty());
        return rows;
    }

    private static List<String> rows(Connection c, String sql, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(meta.getColumnName(i)).append('=').append(r.getString(i)).append(';');
                    }
                    rows.add(row.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        DemoSeeding.update(c, sql, parameters);
    }
}
