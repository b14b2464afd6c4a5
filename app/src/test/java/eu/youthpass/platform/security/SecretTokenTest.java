package eu.youthpass.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretTokenTest {

    @Test
    void valueIs43UrlSafeCharactersCarrying256Bits() {
        String value = SecretToken.generate().value();
        assertEquals(43, value.length());
        assertTrue(value.matches("[A-Za-z0-9_-]{43}"), value);
        assertEquals(32, Base64.getUrlDecoder().decode(value).length);
    }

    @Test
    void valuesAreDistinct() {
        Set<String> values = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            values.add(SecretToken.generate().value());
        }
        assertEquals(1000, values.size());
    }

    @Test
    void hashIs64LowercaseHexCharactersAndStable() {
        SecretToken token = SecretToken.generate();
        String hash = token.hash();
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, token.hash());
        assertEquals(hash, SecretToken.hashOf(token.value()));
        assertEquals(hash, new SecretToken(token.value()).hash());
        assertNotEquals(token.value(), hash);
    }

    @Test
    void hashIsSha256OfTheUtf8Value() {
        // SHA-256("abc") from FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretToken.hashOf("abc"));
    }

    @Test
    void differentTokensHaveDifferentHashes() {
        assertNotEquals(SecretToken.generate().hash(), SecretToken.generate().hash());
    }

    @Test
    void hashOfNullDoesNotThrow() {
        String hash = assertDoesNotThrow(() -> SecretToken.hashOf(null));
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertEquals(SecretToken.hashOf(""), hash);
    }
}
