package eu.youthpass.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The data source class named in {@link DataSourceConfiguration}: it becomes a PostgreSQL or an H2 data source
 * depending on {@code YP_DB_URL}, because one {@code @DataSourceDefinition} can only name one class.
 * Payara's pool sits in front of it; this class only opens physical connections.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource target;

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = create(ConnectionSettings.fromConfig());
                }
                current = target;
            }
        }
        return current;
    }

    static DataSource create(ConnectionSettings settings) {
        return switch (settings.kind()) {
            case POSTGRESQL -> {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(settings.url());
                if (!settings.user().isEmpty()) {
                    pg.setUser(settings.user());
                }
                if (!settings.password().isEmpty()) {
                    pg.setPassword(settings.password());
                }
                pg.setApplicationName("youthpass");
                yield pg;
            }
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(settings.url());
                h2.setUser(settings.user());
                h2.setPassword(settings.password());
                yield h2;
            }
        };
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("eu.youthpass.platform.persistence");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
