package eu.youthpass.platform.persistence;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the database is: {@code YP_DB_URL} when set, else an embedded H2 file database under {@code YP_DATA_DIR}.
 * Read straight from MicroProfile Config because the connection pool creates the data source outside CDI.
 */
public record ConnectionSettings(String url, String user, String password, DatabaseKind kind) {

    static final String EMBEDDED_NAME = "youthpass";

    public static ConnectionSettings fromConfig() {
        Config config = ConfigProvider.getConfig(ConnectionSettings.class.getClassLoader());
        Optional<String> url = value(config, "yp.db.url");
        String user = value(config, "yp.db.user").orElse(url.isPresent() ? "" : "sa");
        String password = value(config, "yp.db.password").orElse("");
        if (url.isPresent()) {
            return new ConnectionSettings(url.get(), user, password, DatabaseKind.ofUrl(url.get()));
        }
        Path dataDir = Path.of(value(config, "yp.data.dir").orElse("./data")).toAbsolutePath().normalize();
        return new ConnectionSettings(embeddedUrl(dataDir), user, password, DatabaseKind.H2);
    }

    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve(EMBEDDED_NAME)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
