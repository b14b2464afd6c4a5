package eu.youthpass.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Organisations made the way people make them, through the pages, with their database ids read back as the
 * PostgreSQL superuser (which row-level security does not apply to). For tests that seed two organisations and
 * check that neither sees the other.
 *
 * <pre>
 * SeededOrganisation a = Seeds.organisation(platform, "Biedrība Alfa", "Anna", "Alksne");
 * Journeys.login(browser, a.owner().email(), a.owner().password());
 * Seeds.memberEmails(platform, a.id());   // what A's members page should list, and B's must not
 * </pre>
 */
public final class Seeds {

    /** Every seeded person's password: long enough for the policy, and never part of an assertion. */
    public static final String PASSWORD = "Sēklas parole 2026, tikai testiem";

    private Seeds() {
    }

    public record Person(long id, String firstName, String lastName, String email, String password) {
        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public record SeededOrganisation(long id, String name, Person owner) {
    }

    /**
     * Registers a newcomer and their organisation (name made unique for this run) in a browser of their own,
     * confirms the account by the mailed link and reads the ids back.
     */
    public static SeededOrganisation organisation(PlatformServer platform, String name, String ownerFirstName,
                                                  String ownerLastName) {
        String uniqueName = People.organisation(name);
        String email = People.email(ascii(ownerFirstName));
        try (Browser browser = new Browser(platform.baseUrl())) {
            Journeys.registerAndConfirm(browser, platform, ownerFirstName, ownerLastName, email, PASSWORD, uniqueName);
        }
        Person owner = person(platform, email, ownerFirstName, ownerLastName, PASSWORD);
        return new SeededOrganisation(organisationId(platform, uniqueName), uniqueName, owner);
    }

    /** A person who already has an account, with the id the database gave them. */
    public static Person person(PlatformServer platform, String email, String firstName, String lastName, String password) {
        return new Person(single(platform, "select id from user_account where email = ?", email), firstName, lastName,
                email, password);
    }

    public static long organisationId(PlatformServer platform, String name) {
        return single(platform, "select id from organisation where name = ?", name);
    }

    /** The e-mail addresses of the organisation's members, as stored. */
    public static List<String> memberEmails(PlatformServer platform, long organisationId) {
        return strings(platform, """
                select u.email from membership m join user_account u on u.id = m.user_id
                where m.organisation_id = ? order by u.email""", organisationId);
    }

    /** The addresses of the organisation's invitations that can still be accepted. */
    public static List<String> openInvitationEmails(PlatformServer platform, long organisationId) {
        return strings(platform, """
                select email from membership_invitation where organisation_id = ?
                and accepted_at is null and revoked_at is null and expires_at > now() order by email""", organisationId);
    }

    /** The account's role in the organisation, or empty when it is not a member. */
    public static Optional<String> roleOf(PlatformServer platform, long organisationId, long accountId) {
        List<String> roles = strings(platform, "select role from membership where organisation_id = ? and user_id = ?",
                organisationId, accountId);
        return roles.stream().findFirst();
    }

    private static long single(PlatformServer platform, String sql, Object parameter) {
        List<String> found = strings(platform, sql, parameter);
        if (found.size() != 1) {
            throw new AssertionError("Expected one row for " + sql + " with " + parameter + ", found " + found);
        }
        return Long.parseLong(found.get(0));
    }

    private static List<String> strings(PlatformServer platform, String sql, Object... parameters) {
        try (Connection c = platform.database().connectAsAdmin(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A learner to seed: participant or team member (then with a team role), certificate in these languages. */
    public record Learner(String firstName, String lastName, String email, boolean teamMember, String languages) {
        public static Learner participant(String firstName, String lastName, String languages) {
            return new Learner(firstName, lastName, emailFor(firstName), false, languages);
        }

        public static Learner teamMember(String firstName, String lastName, String languages) {
            return new Learner(firstName, lastName, emailFor(firstName), true, languages);
        }

        /** Names in Greek or Cyrillic letters have no ASCII form: such learners get "learner…" addresses. */
        private static String emailFor(String firstName) {
            String local = ascii(firstName);
            return People.email(local.isEmpty() ? "learner" : local);
        }
    }

    /** A seeded project with its one activity and its learners' ids, in the order given. */
    public record SeededProject(long id, String title, long activityId, List<Long> learnerIds) {
    }

    /**
     * A youth exchange (KA152: key competences for participants, ETS for team members) with one activity and these
     * learners, written straight into the database: for tests about what happens after people were added.
     */
    public static SeededProject project(PlatformServer platform, long organisationId, String title, Learner... learners) {
        try (Connection c = platform.database().connectAsAdmin()) {
            long projectId = next(c, "project_seq");
            execute(c, """
                    insert into project (id, organisation_id, number, action_code, title, description, start_date, end_date,
                        venue_city, venue_country, organisation_role, legal_rep_name, created_at, updated_at)
                    values (?, ?, '2025-1-LV02-KA152-YOU-000123456', 'KA152', ?, 'Seeded for a test', date '2026-07-01',
                        date '2026-07-20', 'Ventspils', 'LV', 'COORDINATOR', 'Ēriks Šņore', now(), now())""",
                    projectId, organisationId, title);
            long activityId = next(c, "activity_seq");
            execute(c, """
                    insert into activity (id, organisation_id, project_id, type, title, start_date, end_date)
                    values (?, ?, ?, 'YOUTH_EXCHANGE_ACTIVITY', 'Exchange in Ventspils', date '2026-07-10', date '2026-07-20')""",
                    activityId, organisationId, projectId);
            List<Long> ids = new ArrayList<>();
            for (Learner learner : learners) {
                long personId = next(c, "person_seq");
                execute(c, """
                        insert into person (id, organisation_id, project_id, kind, team_role, first_name, last_name, email,
                            residence_country, certificate_languages, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'LV', ?, 'ADDED', now())""",
                        personId, organisationId, projectId, learner.teamMember() ? "TEAM_MEMBER" : "PARTICIPANT",
                        learner.teamMember() ? "MENTOR" : null, learner.firstName(), learner.lastName(), learner.email(),
                        learner.languages());
                execute(c, "insert into person_activity (person_id, activity_id) values (?, ?)", personId, activityId);
                ids.add(personId);
            }
            return new SeededProject(projectId, title, activityId, ids);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The learner submitted a self-assessment and the organisation accepted it, written straight into the database:
     * their tasks, one answer per competence code given (e.g. {@code KC2_MULTILINGUAL}), one evidence link and one
     * reference. For tests about what comes after the review, such as certificates.
     */
    public static void acceptedSelfAssessment(PlatformServer platform, long personId, String tasks,
                                              Map<String, String> answers) {
        acceptedSelfAssessments(platform, List.of(personId), tasks, answers);
    }

    /** The same for many learners at once, over one connection. */
    public static void acceptedSelfAssessments(PlatformServer platform, List<Long> personIds, String tasks,
                                               Map<String, String> answers) {
        try (Connection c = platform.database().connectAsAdmin()) {
            for (long personId : personIds) {
                execute(c, """
                        insert into learning_record (person_id, organisation_id, first_name, last_name, tasks, saved_at,
                            submitted_at, version)
                        select id, organisation_id, first_name, last_name, ?, now(), now(), 1 from person where id = ?""",
                        tasks, personId);
                for (Map.Entry<String, String> answer : answers.entrySet()) {
                    execute(c, """
                            insert into competence_answer (person_id, organisation_id, competence, answer)
                            select id, organisation_id, ?, ? from person where id = ?""",
                            answer.getKey(), answer.getValue(), personId);
                }
                execute(c, """
                        insert into evidence_link (id, organisation_id, person_id, title, url, created_at)
                        select nextval('evidence_link_seq'), organisation_id, id, 'Our exchange blog',
                            'https://blog.example.org/ventspils', now() from person where id = ?""", personId);
                execute(c, """
                        insert into learner_reference (person_id, organisation_id, slot, name, role, contact)
                        select id, organisation_id, 1, 'Agnieszka Wiśniewska', 'Group leader', 'agnieszka@example.org'
                        from person where id = ?""", personId);
                execute(c, "update person set status = 'ACCEPTED' where id = ?", personId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A personal link for the learner, valid for 30 days, written straight into the database (only its hash, as the
     * platform keeps it); answers the link's secret, for {@code /learn/index.xhtml?token=…}.
     */
    public static String learnerLink(PlatformServer platform, long personId) {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (Connection c = platform.database().connectAsAdmin()) {
            execute(c, """
                    insert into learner_invitation (id, organisation_id, person_id, token_hash, names_editable, invited_by,
                        sent_by_mail, created_at, expires_at)
                    select nextval('learner_invitation_seq'), organisation_id, id, encode(sha256(convert_to(?, 'UTF8')), 'hex'),
                        true, 'Seeds', false, now(), now() + interval '30 days' from person where id = ?""", token, personId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    /** The organisation accepted these learners without a self-assessment of theirs on record (parts 1 and 3 only). */
    public static void accepted(PlatformServer platform, List<Long> personIds) {
        try (Connection c = platform.database().connectAsAdmin()) {
            for (long personId : personIds) {
                execute(c, "update person set status = 'ACCEPTED' where id = ?", personId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An id from the table's sequence: the application allocates below it, so it never hands this one out. */
    private static long next(Connection c, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval('" + sequence + "')"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** The first column of each row, as text: for assertions on what the database holds. */
    public static List<String> query(PlatformServer platform, String sql, Object... parameters) {
        return strings(platform, sql, parameters);
    }

    /** "Jānis" → "janis", for the local part of an e-mail address. */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
