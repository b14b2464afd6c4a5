package eu.youthpass.platform.persistence;

/** The two databases the platform runs on: PostgreSQL in production and tests, embedded H2 for a first try. */
public enum DatabaseKind {
    POSTGRESQL("postgresql"),
    H2("h2");

    private final String migrationFolder;

    DatabaseKind(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** The Flyway location holding the migrations only this database runs (beside {@code common}). */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    public static DatabaseKind ofUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("YP_DB_URL must be a PostgreSQL (jdbc:postgresql:…) or H2 (jdbc:h2:…) URL");
    }
}
