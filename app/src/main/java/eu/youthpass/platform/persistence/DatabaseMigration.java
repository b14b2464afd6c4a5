package eu.youthpass.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Flyway before the platform takes requests; the readiness check reports
 * DOWN until this has finished. Bean-managed transactions because Flyway manages its own.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;
    private DatabaseKind kind;

    @PostConstruct
    void migrate() {
        ConnectionSettings settings = ConnectionSettings.fromConfig();
        kind = settings.kind();
        LOG.info(() -> "Database: " + (kind == DatabaseKind.H2 ? "embedded H2 at " : "") + redact(settings.url()));
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", kind.migrationLocation())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }

    public DatabaseKind kind() {
        return kind;
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
