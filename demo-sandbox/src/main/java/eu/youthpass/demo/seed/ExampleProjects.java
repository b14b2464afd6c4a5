package eu.youthpass.demo.seed;

import eu.youthpass.platform.persistence.DatabaseKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static eu.youthpass.demo.Sql.update;

/**
 * The example projects every demo organisation starts with: a youth exchange with a preparatory visit, a mobility of
 * youth workers, a volunteering project and a 2014–2020 youth exchange. Most learners have already written their
 * self-assessment (in English or in Latvian) and been accepted, so a newcomer reaches a finished certificate in two
 * clicks; one learner per project is only added, to practise inviting.
 *
 * <p>Written with plain SQL in one transaction of the caller's, scoped to the one organisation it is given.
 */
public final class ExampleProjects {

    static final String AUTHOR = "Youthpass demo";

    record ExampleActivity(String type, String title, LocalDate start, LocalDate end, String city, String country,
                           String description) {
    }

    record ExampleLearner(String firstName, String lastName, String country, boolean teamMember, String teamRole,
                          LocalDate birthDate, String birthPlace, String languages, String writes, boolean accepted,
                          String tasks, List<Integer> activities) {
    }

    record ExampleProject(String number, String actionCode, String title, String description, LocalDate start,
                          LocalDate end, String city, String country, List<String[]> partners,
                          List<ExampleActivity> activities, List<ExampleLearner> learners) {
        /** Youth workers in KA153 describe their learning with the ETS model, like every team member. */
        boolean etsFor(ExampleLearner learner) {
            return learner.teamMember() || actionCode.equals("KA153");
        }
    }

    private ExampleProjects() {
    }

    public static final List<ExampleProject> ALL = List.of(
            new ExampleProject("2025-1-LV02-KA152-YOU-000123987", "KA152", "Voices of the Coast",
                    "Thirty young people from Latvia, Portugal and Germany explored how their coastal towns are"
                            + " changing and what they want them to become.",
                    LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31), "Liepāja", "LV",
                    List.<String[]>of(new String[]{"Associação Juvenil Maré", "PT"}, new String[]{"Jugendtreff Küste e.V.", "DE"}),
                    List.of(new ExampleActivity("PREPARATORY_VISIT", "Preparatory visit", LocalDate.of(2025, 6, 2),
                                    LocalDate.of(2025, 6, 4), "Liepāja", "LV",
                                    "Group leaders met to agree the programme, the safety plan and the roles."),
                            new ExampleActivity("YOUTH_EXCHANGE_ACTIVITY", "Youth exchange in Liepāja", LocalDate.of(2025, 8, 4),
                                    LocalDate.of(2025, 8, 13), "Liepāja", "LV",
                                    "Workshops, interviews with local people and a public presentation to the town council.")),
                    List.of(new ExampleLearner("Līga", "Bērziņa", "LV", false, null, LocalDate.of(2007, 3, 14), "Rīga",
                                    "lv", "lv", true, "Biju Latvijas nacionālās komandas dalībniece: sagatavoju starpkultūru"
                                    + " vakaru, vadīju vienu rīta aktivitāti un rakstīju projekta blogu.", List.of(1)),
                            new ExampleLearner("Tom", "Becker", "DE", false, null, LocalDate.of(2006, 11, 2), "Bremen",
                                    "en", "en", true, "Member of the German national team: I prepared the intercultural"
                                    + " evening and wrote the daily blog post on Wednesday.", List.of(1)),
                            new ExampleLearner("Jānis", "Ozols", "LV", true, "YOUTH_LEADER", LocalDate.of(1995, 7, 21),
                                    "Liepāja", "lv,en", "lv", true, "Latvijas grupas vadītājs: sagatavoju dalībniekus pirms"
                                    + " apmaiņas, līdzvadīju refleksijas grupas un rūpējos par drošību.", List.of(0, 1)),
                            new ExampleLearner("Marta", "Kowalska", "PL", false, null, null, null, "en", "en", false,
                                    null, List.of(1)))),
            new ExampleProject("2025-2-LV02-KA153-YOU-000234561", "KA153", "Inclusive Youth Work Toolbox",
                    "A training course for youth workers on games and methods that let every young person take part.",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28), "Rīga", "LV",
                    List.<String[]>of(new String[]{"Cooperativa Sociale Ponte", "IT"}, new String[]{"Κέντρο Νεότητας Αθηνών", "GR"}),
                    List.of(new ExampleActivity("TRAINING_COURSE", "Training course “Everyone plays”", LocalDate.of(2025, 11, 10),
                            LocalDate.of(2025, 11, 16), "Rīga", "LV",
                            "Six days of practice, sharing and planning inclusive activities for youth centres.")),
                    List.of(new ExampleLearner("Sofia", "Rossi", "IT", false, null, LocalDate.of(1992, 4, 9), "Bologna",
                                    "en", "en", true, "Participant of the training course; I led a workshop on inclusive"
                                    + " games and shared practice from my youth centre.", List.of(0)),
                            new ExampleLearner("Ilze", "Kalniņa", "LV", false, null, LocalDate.of(1989, 12, 1), "Cēsis",
                                    "lv", "lv", true, "Mācību kursa dalībniece; vadīju darbnīcu par iekļaujošām spēlēm un"
                                    + " dalījos pieredzē no sava jauniešu centra.", List.of(0)),
                            new ExampleLearner("Dimitris", "Papadopoulos", "GR", false, null, null, null, "en", "en", false,
                                    null, List.of(0)))),
            new ExampleProject("2024-1-LV02-ESC51-VTJ-000345672", "ESC51", "Green Neighbourhoods",
                    "Volunteers from abroad help a small town’s youth centre and its community garden for six months.",
                    LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), "Cēsis", "LV",
                    List.<String[]>of(new String[]{"Solidarités Jeunesse Lyon", "FR"}),
                    List.of(new ExampleActivity("VOLUNTEERING_ACTIVITY", "Volunteering in Cēsis", LocalDate.of(2024, 10, 1),
                            LocalDate.of(2025, 3, 31), "Cēsis", "LV",
                            "After-school activities for children and a community garden with the neighbours.")),
                    List.of(new ExampleLearner("Lucas", "Martin", "FR", false, null, LocalDate.of(2003, 1, 30), "Lyon",
                                    "en", "en", true, "Volunteer for six months: I ran after-school activities for"
                                    + " children and helped plant a community garden.", List.of(0)),
                            new ExampleLearner("Elīna", "Liepiņa", "LV", false, null, LocalDate.of(2004, 6, 18), "Valmiera",
                                    "lv", "lv", true, "Sešus mēnešus biju brīvprātīgā: vadīju pēcstundu aktivitātes bērniem"
                                    + " un palīdzēju ierīkot kopienas dārzu.", List.of(0)),
                            new ExampleLearner("Kristīne", "Zariņa", "LV", true, "MENTOR", null, null, "lv", "lv", false,
                                    null, List.of(0)))),
            new ExampleProject("2019-2-LV02-KA105-004567", "KA105", "Stories without Borders",
                    "A 2014–2020 youth exchange about migration stories in the participants’ own families.",
                    LocalDate.of(2019, 9, 1), LocalDate.of(2020, 6, 30), "Jūrmala", "LV",
                    List.<String[]>of(new String[]{"Stichting Jong Utrecht", "NL"}),
                    List.of(new ExampleActivity("YOUTH_EXCHANGE_ACTIVITY", "Youth exchange in Jūrmala", LocalDate.of(2020, 2, 10),
                            LocalDate.of(2020, 2, 18), "Jūrmala", "LV",
                            "Story circles, a radio workshop and a public listening evening.")),
                    List.of(new ExampleLearner("Emma", "Jansen", "NL", false, null, LocalDate.of(2002, 8, 25), "Utrecht",
                                    "en", "en", true, "I recorded two interviews for the radio workshop and presented them"
                                    + " at the listening evening.", List.of(0)),
                            new ExampleLearner("Roberts", "Krūmiņš", "LV", false, null, LocalDate.of(2003, 5, 5), "Jūrmala",
                                    "lv", "lv", true, "Vadīju stāstu apli latviešu grupai un palīdzēju sagatavot"
                                    + " klausīšanās vakaru.", List.of(0)),
                            new ExampleLearner("Nina", "Horvat", "HR", false, null, null, null, "en", "en", false,
                                    null, List.of(0)))));

    /** Writes every example project into the organisation; returns the number of rows written. */
    public static int seed(Connection c, DatabaseKind kind, long organisationId) throws SQLException {
        IdBlocks ids = new IdBlocks(c, kind);
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        int rows = 0;
        for (ExampleProject p : ALL) {
            long projectId = ids.next("project_seq");
            rows += update(c, """
                    insert into project (id, organisation_id, number, action_code, title, description, start_date, end_date,
                        venue_city, venue_country, organisation_role, legal_rep_name, legal_rep_function, responsible_name,
                        responsible_function, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COORDINATOR', 'Anna Kalniņa', 'Chair of the board',
                        'Pēteris Vītols', 'Project coordinator', ?, ?)""",
                    projectId, organisationId, p.number(), p.actionCode(), p.title(), p.description(), p.start(), p.end(),
                    p.city(), p.country(), now, now);
            for (String[] partner : p.partners()) {
                rows += update(c, "insert into project_partner (id, organisation_id, project_id, name, country) values (?, ?, ?, ?, ?)",
                        ids.next("project_partner_seq"), organisationId, projectId, partner[0], partner[1]);
            }
            long[] activityIds = new long[p.activities().size()];
            for (int i = 0; i < activityIds.length; i++) {
                ExampleActivity a = p.activities().get(i);
                activityIds[i] = ids.next("activity_seq");
                rows += update(c, """
                        insert into activity (id, organisation_id, project_id, type, title, start_date, end_date, venue_city,
                            venue_country, description)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        activityIds[i], organisationId, projectId, a.type(), a.title(), a.start(), a.end(), a.city(),
                        a.country(), a.description());
            }
            rows += update(c, """
                    insert into project_change (id, organisation_id, project_id, user_name, changed_at, what, detail)
                    values (?, ?, ?, ?, ?, 'history.created', ?)""",
                    ids.next("project_change_seq"), organisationId, projectId, AUTHOR, now, p.number());
            for (ExampleLearner l : p.learners()) {
                rows += learner(c, ids, organisationId, projectId, activityIds, p, l, now);
            }
        }
        return rows;
    }

    private static int learner(Connection c, IdBlocks ids, long organisationId, long projectId, long[] activityIds,
                               ExampleProject p, ExampleLearner l, OffsetDateTime now) throws SQLException {
        long personId = ids.next("person_seq");
        String email = email(l);
        int rows = update(c, """
                insert into person (id, organisation_id, project_id, kind, team_role, first_name, last_name, email,
                    residence_country, birth_date, birth_place, certificate_languages, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                personId, organisationId, projectId, l.teamMember() ? "TEAM_MEMBER" : "PARTICIPANT", l.teamRole(),
                l.firstName(), l.lastName(), email, l.country(), l.birthDate(), l.birthPlace(), l.languages(),
                l.accepted() ? "ACCEPTED" : "ADDED", now);
        for (int index : l.activities()) {
            rows += update(c, "insert into person_activity (person_id, activity_id) values (?, ?)", personId, activityIds[index]);
        }
        if (!l.accepted()) {
            return rows;
        }
        rows += update(c, """
                insert into learning_record (person_id, organisation_id, first_name, last_name, birth_date, birth_place,
                    tasks, saved_at, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                personId, organisationId, l.firstName(), l.lastName(), l.birthDate(), l.birthPlace(), l.tasks(), now, now);
        Map<String, String> answers = p.etsFor(l) ? ExampleTexts.ets(l.writes()) : ExampleTexts.keyCompetences(l.writes());
        try (PreparedStatement s = c.prepareStatement(
                "insert into competence_answer (person_id, organisation_id, competence, answer) values (?, ?, ?, ?)")) {
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                s.setLong(1, personId);
                s.setLong(2, organisationId);
                s.setString(3, answer.getKey());
                s.setString(4, answer.getValue());
                s.addBatch();
            }
            rows += s.executeBatch().length;
        }
        rows += update(c, """
                insert into review_note (id, organisation_id, person_id, kind, comment, author_name, created_at)
                values (?, ?, ?, 'ACCEPTED', null, ?, ?)""",
                ids.next("review_note_seq"), organisationId, personId, AUTHOR, now);
        return rows;
    }

    /** Addresses at example.org (reserved for examples): even a mail that escaped would reach nobody. */
    static String email(ExampleLearner l) {
        String local = java.text.Normalizer.normalize(l.firstName() + "." + l.lastName(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "");
        return local + "@example.org";
    }

    /** The titles of the example projects, for tests and the wipe's report. */
    public static List<String> titles() {
        return ALL.stream().map(ExampleProject::title).toList();
    }
}
