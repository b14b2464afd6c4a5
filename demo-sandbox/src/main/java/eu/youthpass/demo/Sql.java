package eu.youthpass.demo;

import eu.youthpass.platform.persistence.DatabaseKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC for the demo's bulk work (seeding, wiping), where one statement per row through JPA would be slow and
 * where the rows belong to organisations the caller is not signed in to.
 */
public final class Sql {

    private Sql() {
    }

    /**
     * Lets this transaction cross organisations, as the platform's {@code @PlatformData} does: the wipe and the seeds
     * work on demo organisations nobody is signed in to. On H2 there are no row-level policies.
     */
    public static void enterPlatform(Connection c, DatabaseKind kind) throws SQLException {
        if (kind == DatabaseKind.POSTGRESQL) {
            try (PreparedStatement s = c.prepareStatement("select set_config('yp.scope', 'platform', true),"
                    + " set_config('yp.org', '', true), set_config('yp.user', '', true)")) {
                s.executeQuery().close();
            }
        }
    }

    public static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    public static List<Long> longs(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet rows = s.executeQuery()) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }

    public static long single(Connection c, String sql, Object... parameters) throws SQLException {
        List<Long> values = longs(c, sql, parameters);
        if (values.size() != 1) {
            throw new SQLException("Expected one row from " + sql + ", found " + values.size());
        }
        return values.get(0);
    }

    public static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
