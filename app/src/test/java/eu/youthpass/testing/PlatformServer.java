package eu.youthpass.testing;

import java.nio.file.Path;
import java.util.Map;

/**
 * The one platform every browser and HTTP test talks to: started once per test run (the first test that asks),
 * on the tests' own PostgreSQL database, sending mail to an in-process GreenMail. Stopped when the test JVM exits.
 */
public final class PlatformServer {

    public static final String ADMIN_EMAIL = "helpdesk@it.youthpass.test";
    public static final String ADMIN_PASSWORD = "helpdesk password for tests";

    private static PlatformServer instance;

    private final PlatformProcess process;
    private final Mailbox mailbox;
    private final TestDatabase database;

    private PlatformServer(PlatformProcess process, Mailbox mailbox, TestDatabase database) {
        this.process = process;
        this.mailbox = mailbox;
        this.database = database;
    }

    public static synchronized PlatformServer get() {
        if (instance == null) {
            Path jar = Path.of(System.getProperty("yp.runnable.jar", "target/youthpass.jar"));
            TestDatabase database = new TestDatabase(System.getProperty("yp.test.database", "youthpass_it")).recreate();
            Mailbox mailbox = new Mailbox(FreePort.find());
            Runtime.getRuntime().addShutdownHook(new Thread(mailbox::stop));
            PlatformProcess process = PlatformProcess.start(jar, Map.of(
                    "YP_DB_URL", database.url(),
                    "YP_DB_USER", database.role(),
                    "YP_DB_PASSWORD", database.role(),
                    "YP_SMTP_HOST", "127.0.0.1",
                    "YP_SMTP_PORT", String.valueOf(mailbox.port()),
                    "YP_MAIL_FROM", "Youthpass tests <no-reply@it.youthpass.test>",
                    "YP_ADMIN_EMAIL", ADMIN_EMAIL,
                    "YP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                    "YP_DATA_DIR", Path.of("target", "it-data").toAbsolutePath().toString()),
                    Path.of("target", "it-server").toAbsolutePath(), "it-server.log");
            instance = new PlatformServer(process, mailbox, database);
        }
        return instance;
    }

    public String baseUrl() {
        return process.baseUrl();
    }

    public String url(String path) {
        return process.baseUrl() + path;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    public TestDatabase database() {
        return database;
    }
}
