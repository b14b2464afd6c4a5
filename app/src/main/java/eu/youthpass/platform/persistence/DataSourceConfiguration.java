package eu.youthpass.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's one data source; {@link ConfiguredDataSource} decides between PostgreSQL and embedded H2. */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "eu.youthpass.platform.persistence.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"
        })
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/youthpass";
}
