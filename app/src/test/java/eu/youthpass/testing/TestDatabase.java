package eu.youthpass.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tests' own PostgreSQL database and role, made anew for each run: never another database. The role is not a
 * superuser, so row-level security applies to it as it does in production.
 * Override with -Dyp.test.pg=host:port and -Dyp.test.pg.admin=user (default 127.0.0.1:5432, postgres, trust auth).
 */
public final class TestDatabase {

    private final String hostPort = System.getProperty("yp.test.pg", "127.0.0.1:5432");
    private final String admin = System.getProperty("yp.test.pg.admin", "postgres");
    private final String name;

    public TestDatabase(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String role() {
        return name;
    }

    public String url() {
        return "jdbc:postgresql://" + hostPort + "/" + name;
    }

    /** Drops and creates the database and its owner role. */
    public TestDatabase recreate() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + "/postgres", admin, "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("drop role if exists " + name);
            s.execute("create role " + name + " login nosuperuser nocreatedb nocreaterole password '" + name + "'");
            s.execute("create database " + name + " owner " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database " + name + " on " + hostPort
                    + " as " + admin + ": is PostgreSQL running? (" + e.getMessage() + ")", e);
        }
        return this;
    }

    /** A connection as the application's role, which row-level security applies to. */
    public Connection connectAsApplication() throws SQLException {
        return DriverManager.getConnection(url(), role(), role());
    }

    /** A connection as the superuser, for seeding and for reading what the application cannot. */
    public Connection connectAsAdmin() throws SQLException {
        return DriverManager.getConnection(url(), admin, "");
    }
}
