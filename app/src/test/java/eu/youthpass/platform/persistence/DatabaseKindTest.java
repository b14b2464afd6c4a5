package eu.youthpass.platform.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseKindTest {

    @Test
    void recognisesPostgreSql() {
        assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.ofUrl("jdbc:postgresql://db:5432/youthpass"));
        assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.ofUrl("jdbc:postgresql:youthpass"));
    }

    @Test
    void recognisesH2() {
        assertEquals(DatabaseKind.H2, DatabaseKind.ofUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
        assertEquals(DatabaseKind.H2, DatabaseKind.ofUrl("jdbc:h2:file:/data/youthpass"));
    }

    @Test
    void rejectsOtherDatabasesWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseKind.ofUrl("jdbc:mysql://db:3306/youthpass"));
        assertTrue(e.getMessage().contains("YP_DB_URL"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:postgresql:"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:h2:"), e.getMessage());

        assertThrows(IllegalArgumentException.class, () -> DatabaseKind.ofUrl("postgresql://db/youthpass"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseKind.ofUrl(""));
    }

    @Test
    void migrationLocationsAreSeparatePerDatabase() {
        assertEquals("classpath:db/migration/postgresql", DatabaseKind.POSTGRESQL.migrationLocation());
        assertEquals("classpath:db/migration/h2", DatabaseKind.H2.migrationLocation());
    }
}
