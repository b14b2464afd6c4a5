package eu.youthpass.platform.persistence;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionSettingsTest {

    @Test
    void embeddedUrlPointsAtAnH2FileInTheDataDirectory() {
        Path dataDir = Path.of("/var/lib/youthpass/data");
        String url = ConnectionSettings.embeddedUrl(dataDir);
        assertEquals("jdbc:h2:file:" + dataDir.resolve("youthpass")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", url);
    }

    @Test
    void embeddedUrlIsRecognisedAsH2() {
        String url = ConnectionSettings.embeddedUrl(Path.of("data").toAbsolutePath());
        assertTrue(url.startsWith("jdbc:h2:file:"), url);
        assertTrue(url.contains(";MODE=PostgreSQL;"), url);
        assertEquals(DatabaseKind.H2, DatabaseKind.ofUrl(url));
    }
}
