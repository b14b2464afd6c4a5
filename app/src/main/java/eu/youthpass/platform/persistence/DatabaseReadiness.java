package eu.youthpass.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready means: the database answers and its schema has been migrated by this instance. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migration.isMigrated());
        try (Connection connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(2);
            return response.withData("reachable", reachable).status(reachable && migration.isMigrated()).build();
        } catch (SQLException e) {
            return response.withData("reachable", false).down().build();
        }
    }
}
