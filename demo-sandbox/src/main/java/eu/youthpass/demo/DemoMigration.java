package eu.youthpass.demo;

import eu.youthpass.platform.persistence.DataSourceConfiguration;
import eu.youthpass.platform.persistence.DatabaseKind;
import eu.youthpass.platform.persistence.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * The demo's own tables ({@code db/demo}), migrated after the platform's schema with a history table of their own,
 * so the platform's migrations stay unaware of the demo and their version numbers never collide with these.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoMigration {

    private static final Logger LOG = Logger.getLogger(DemoMigration.class.getName());
    static final String HISTORY_TABLE = "demo_schema_history";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigration platform;

    @PostConstruct
    void migrate() {
        DatabaseKind kind = platform.kind();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                // the platform's tables are already there: start the demo's own history below its V1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .locations("classpath:db/demo/common", "classpath:db/demo/" + kind.name().toLowerCase(java.util.Locale.ROOT))
                .load()
                .migrate();
        LOG.info(() -> "Demo schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " demo migrations applied now)");
    }
}
