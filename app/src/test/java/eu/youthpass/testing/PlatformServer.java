package eu.youthpass.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The one platform every browser and HTTP test talks to: started once per test run (the first test that asks),
 * on the tests' own PostgreSQL database, sending mail to an in-process GreenMail. Stopped when the test JVM exits.
 */
public final class PlatformServer {

    public static final String ADMIN_EMAIL = "helpdesk@it.youthpass.test";
    public static final String ADMIN_PASSWORD = "helpdesk password for tests";

    private static PlatformServer instance;

    private PlatformProcess process;
    private final Mailbox mailbox;
    private final TestDatabase database;
    private final Map<String, String> environment;
    private final String name;

    private PlatformServer(PlatformProcess process, Mailbox mailbox, TestDatabase database,
                           Map<String, String> environment, String name) {
        this.process = process;
        this.mailbox = mailbox;
        this.database = database;
        this.environment = environment;
        this.name = name;
    }

    public static synchronized PlatformServer get() {
        if (instance == null) {
            instance = start(System.getProperty("yp.test.database", "youthpass_it"), "it-server");
        }
        return instance;
    }

    /**
     * A platform of a test's own, on its own database ({@code <the tests' database>_<suffix>}), for tests that stop
     * it: the shared one from {@link #get()} must keep running for every other test.
     */
    public static PlatformServer startSeparate(String suffix) {
        return startSeparate(suffix, Map.of());
    }

    /** The same, with more settings (environment variables) for it. */
    public static PlatformServer startSeparate(String suffix, Map<String, String> settings) {
        return start(System.getProperty("yp.test.database", "youthpass_it") + "_" + suffix, "it-server-" + suffix,
                settings);
    }

    private static PlatformServer start(String databaseName, String name) {
        return start(databaseName, name, Map.of());
    }

    /**
     * A second replica of this platform: another process on the same database, with the same settings, its own
     * port, runtime and data folders (as two pods of one deployment).
     */
    public PlatformServer replica(String suffix) {
        String replicaName = name + "-" + suffix;
        Map<String, String> replicaEnvironment = new HashMap<>(environment);
        replicaEnvironment.put("YP_DATA_DIR", freshDataDir(replicaName).toString());
        PlatformProcess replicaProcess = PlatformProcess.start(jar(), replicaEnvironment,
                Path.of("target", replicaName).toAbsolutePath(), replicaName + ".log");
        return new PlatformServer(replicaProcess, mailbox, database, Map.copyOf(replicaEnvironment), replicaName);
    }

    private static PlatformServer start(String databaseName, String name, Map<String, String> settings) {
        TestDatabase database = new TestDatabase(databaseName).recreate();
        // a fresh database gets a fresh data folder: no signing key of an earlier run's kind or age
        Path dataDir = freshDataDir(name);
        Mailbox mailbox = new Mailbox(FreePort.find());
        Runtime.getRuntime().addShutdownHook(new Thread(mailbox::stop));
        Map<String, String> environment = new HashMap<>(settings);
        environment.putAll(Map.of(
                "YP_DB_URL", database.url(),
                "YP_DB_USER", database.role(),
                "YP_DB_PASSWORD", database.role(),
                "YP_SMTP_HOST", "127.0.0.1",
                "YP_SMTP_PORT", String.valueOf(mailbox.port()),
                "YP_MAIL_FROM", "Youthpass tests <no-reply@it.youthpass.test>",
                "YP_ADMIN_EMAIL", ADMIN_EMAIL,
                "YP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "YP_DATA_DIR", dataDir.toString()));
        PlatformProcess process = PlatformProcess.start(jar(), environment, Path.of("target", name).toAbsolutePath(),
                name + ".log");
        return new PlatformServer(process, mailbox, database, Map.copyOf(environment), name);
    }

    /** The platform's data folder, emptied: target/it-data… beside its runtime folder target/it-server…. */
    private static Path freshDataDir(String name) {
        Path dataDir = Path.of("target", name.replace("server", "data")).toAbsolutePath();
        try {
            PlatformProcess.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataDir;
    }

    private static Path jar() {
        return Path.of(System.getProperty("yp.runnable.jar", "target/youthpass.jar"));
    }

    /** Ends the platform at once, as a crash or a killed pod would (SIGKILL): no shutdown, nothing flushed. */
    public void kill() {
        process.kill();
    }

    /** Starts the platform again on the same database, data folder and port, with a fresh runtime folder. */
    public void restart() {
        process.stop();
        process = PlatformProcess.start(jar(), environment, Path.of("target", name).toAbsolutePath(),
                name + "-restarted.log", process.port());
    }

    public void stop() {
        process.stop();
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
