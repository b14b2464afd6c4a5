package eu.youthpass.platform.tenancy;

import eu.youthpass.testing.Browser;
import eu.youthpass.testing.Journeys;
import eu.youthpass.testing.People;
import eu.youthpass.testing.PlatformServer;
import eu.youthpass.testing.Seeds;
import eu.youthpass.testing.Seeds.SeededOrganisation;
import eu.youthpass.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second wall on its own: PostgreSQL's row-level security policies (migration V1_1), tried over JDBC as the
 * application's role on the database the platform migrated, with two organisations seeded through the pages.
 * The superuser, whom the policies do not bind, counts what the rows really are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityIT {

    private static final String TENANT_TABLES_COUNT = "select (select count(*) from membership), (select count(*) from membership_invitation)";

    private final PlatformServer platform = PlatformServer.get();
    private final TestDatabase database = platform.database();

    private SeededOrganisation a;
    private SeededOrganisation b;
    private long aSecond;

    @BeforeAll
    void seedTwoOrganisationsWithInvitations() {
        a = Seeds.organisation(platform, "Biedrība Avots", "Aivars", "Avotiņš");
        b = Seeds.organisation(platform, "Jauniešu biedrība Bebrs", "Baiba", "Bebre");
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.login(browser, b.owner().email(), Seeds.PASSWORD);
            Journeys.invite(browser, platform, People.email("bruno"));
            Journeys.logout(browser);
            Journeys.login(browser, a.owner().email(), Seeds.PASSWORD);
            Journeys.invite(browser, platform, People.email("andris"));
            Journeys.invite(browser, platform, People.email("agnese"));
            String second = People.organisation("Biedrība Avots, Valmieras nodaļa");
            browser.open("/index.xhtml").click("Register another organisation").fill("Organisation name", second)
                    .select("Country of the organisation", "Latvia").click("Register the organisation");
            aSecond = Seeds.organisationId(platform, second);
        }
    }

    /** A new table of tenant data cannot land without its policy: every table with organisation_id is covered. */
    @Test
    void everyTableWithAnOrganisationIsUnderForcedRowLevelSecurity() throws SQLException {
        try (Connection c = database.connectAsAdmin(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("""
                     select t.relname, t.relrowsecurity, t.relforcerowsecurity,
                            (select count(*) from pg_policy p where p.polrelid = t.oid)
                     from pg_class t join pg_namespace n on n.oid = t.relnamespace
                     where t.relkind = 'r' and n.nspname = current_schema()
                       and exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'organisation_id'
                                   and not a.attisdropped)
                     order by t.relname""")) {
            List<String> uncovered = new ArrayList<>();
            int tables = 0;
            while (rows.next()) {
                tables++;
                if (!rows.getBoolean(2) || !rows.getBoolean(3) || rows.getLong(4) == 0) {
                    uncovered.add(rows.getString(1));
                }
            }
            assertTrue(tables >= 15, "tenant tables found: " + tables);
            assertEquals(List.of(), uncovered, "tables with organisation_id but without forced row-level security and a policy");
        }
    }

    @Test
    void theApplicationRoleIsBoundByThePolicies() throws SQLException {
        try (Connection c = database.connectAsApplication();
             ResultSet role = c.createStatement().executeQuery(
                     "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            assertTrue(role.next());
            assertFalse(role.getBoolean(1), "the application role must not be a superuser");
            assertFalse(role.getBoolean(2), "the application role must not bypass row-level security");
        }
    }

    @Test
    void withAnOrganisationSetOnlyItsRowsAreVisible() throws SQLException {
        try (Connection c = database.connectAsApplication()) {
            c.setAutoCommit(false);
            scope(c, String.valueOf(a.id()), "", "");
            List<Long> members = longs(c, "select organisation_id from membership");
            List<Long> invitations = longs(c, "select organisation_id from membership_invitation");
            c.rollback();

            assertEquals(adminCount("select count(*) from membership where organisation_id = ?", a.id()), members.size());
            assertEquals(adminCount("select count(*) from membership_invitation where organisation_id = ?", a.id()),
                    invitations.size());
            assertEquals(1, members.size(), members::toString);
            assertEquals(2, invitations.size(), invitations::toString);
            assertEquals(Set.of(a.id()), Set.copyOf(members));
            assertEquals(Set.of(a.id()), Set.copyOf(invitations));

            // and B's organisation set sees B's rows, not A's
            scope(c, String.valueOf(b.id()), "", "");
            assertEquals(Set.of(b.id()), Set.copyOf(longs(c, "select organisation_id from membership_invitation")));
            c.rollback();
        }
    }

    @Test
    void withNothingSetNoRowIsVisible() throws SQLException {
        assertTrue(adminCount("select count(*) from membership") >= 3, "the control: there are rows to hide");
        assertTrue(adminCount("select count(*) from membership_invitation") >= 3, "the control: there are rows to hide");
        try (Connection c = database.connectAsApplication()) {
            assertEquals(List.of(0L, 0L), row(c, TENANT_TABLES_COUNT), "a fresh session");

            // a scope lasts for its transaction only: the next one on the same (pooled) connection sees nothing
            c.setAutoCommit(false);
            scope(c, String.valueOf(a.id()), String.valueOf(a.owner().id()), "platform");
            assertTrue(row(c, TENANT_TABLES_COUNT).get(0) > 0);
            c.commit();
            assertEquals(List.of(0L, 0L), row(c, TENANT_TABLES_COUNT), "after a scoped transaction");
            c.rollback();
        }
    }

    @Test
    void writingRowsOfAnotherOrganisationIsRefused() throws SQLException {
        try (Connection c = database.connectAsApplication()) {
            c.setAutoCommit(false);
            scope(c, String.valueOf(a.id()), String.valueOf(a.owner().id()), "");

            // A's owner puts themselves into B
            SQLException joined = assertThrows(SQLException.class, () -> update(c, """
                    insert into membership (id, organisation_id, user_id, role, joined_at)
                    values (nextval('membership_seq'), ?, ?, 'OWNER', now())""", b.id(), a.owner().id()));
            assertPolicyViolation(joined);
            c.rollback();

            scope(c, String.valueOf(a.id()), String.valueOf(a.owner().id()), "");
            SQLException invited = assertThrows(SQLException.class, () -> update(c, """
                    insert into membership_invitation (id, organisation_id, email, role, token_hash, expires_at, created_at)
                    values (nextval('membership_invitation_seq'), ?, 'intruder@example.org', 'MEMBER', repeat('0', 64),
                    now() + interval '1 day', now())""", b.id()));
            assertPolicyViolation(invited);
            c.rollback();

            // moving A's own row into B is refused too
            scope(c, String.valueOf(a.id()), String.valueOf(a.owner().id()), "");
            SQLException moved = assertThrows(SQLException.class, () -> update(c,
                    "update membership_invitation set organisation_id = ? where organisation_id = ?", b.id(), a.id()));
            assertPolicyViolation(moved);
            c.rollback();

            // B's rows cannot be reached to change or delete
            scope(c, String.valueOf(a.id()), String.valueOf(a.owner().id()), "");
            assertEquals(0, update(c, "update membership set role = 'MEMBER' where organisation_id = ?", b.id()));
            assertEquals(0, update(c, "delete from membership_invitation where organisation_id = ?", b.id()));
            c.commit();
        }
        assertEquals(0, adminCount("select count(*) from membership where organisation_id = ? and user_id = ?",
                b.id(), a.owner().id()));
        assertEquals(1, adminCount("select count(*) from membership where organisation_id = ? and role = 'OWNER'", b.id()));
        assertEquals(1, adminCount("select count(*) from membership_invitation where organisation_id = ?", b.id()));
        assertEquals(0, adminCount("select count(*) from membership_invitation where email = 'intruder@example.org'"));
    }

    @Test
    void platformScopeSeesEveryRow() throws SQLException {
        try (Connection c = database.connectAsApplication()) {
            c.setAutoCommit(false);
            scope(c, "", "", "platform");
            List<Long> counts = row(c, TENANT_TABLES_COUNT);
            Set<Long> organisations = new TreeSet<>(longs(c, "select organisation_id from membership"));
            c.rollback();
            assertEquals(List.of(adminCount("select count(*) from membership"),
                    adminCount("select count(*) from membership_invitation")), counts);
            assertTrue(organisations.containsAll(Set.of(a.id(), b.id(), aSecond)), organisations::toString);
        }
    }

    @Test
    void withOnlyTheUserSetTheirOwnMembershipsAreVisibleAndNoInvitation() throws SQLException {
        try (Connection c = database.connectAsApplication()) {
            c.setAutoCommit(false);
            scope(c, "", String.valueOf(a.owner().id()), "");
            List<Long> users = longs(c, "select user_id from membership");
            Set<Long> organisations = Set.copyOf(longs(c, "select organisation_id from membership"));
            long invitations = row(c, "select count(*) from membership_invitation").get(0);
            c.rollback();
            assertEquals(Set.of(a.owner().id()), Set.copyOf(users));
            assertEquals(Set.of(a.id(), aSecond), organisations);
            assertEquals(0, invitations);
        }
    }

    private static void scope(Connection c, String organisation, String user, String scope) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select set_config('yp.org', ?, true), set_config('yp.user', ?, true), set_config('yp.scope', ?, true)")) {
            s.setString(1, organisation);
            s.setString(2, user);
            s.setString(3, scope);
            s.executeQuery().close();
        }
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (ResultSet rows = c.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static List<Long> row(Connection c, String sql) throws SQLException {
        try (ResultSet rows = c.createStatement().executeQuery(sql)) {
            assertTrue(rows.next());
            List<Long> values = new ArrayList<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                values.add(rows.getLong(i));
            }
            return values;
        }
    }

    private long adminCount(String sql, Object... parameters) throws SQLException {
        try (Connection c = database.connectAsAdmin(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                return rows.getLong(1);
            }
        }
    }

    private static void assertPolicyViolation(SQLException e) {
        assertEquals("42501", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("row-level security policy"), e.getMessage());
    }
}
