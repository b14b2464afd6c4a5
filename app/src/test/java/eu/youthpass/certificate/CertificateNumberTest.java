package eu.youthpass.certificate;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateNumberTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void generatedNumbersAreFourGroupsOfFourFromTheAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String printed = CertificateNumber.generate(RANDOM).toString();
            assertTrue(printed.matches("([" + CertificateNumber.ALPHABET + "]{4}-){3}[" + CertificateNumber.ALPHABET
                    + "]{4}"), printed);
        }
    }

    @Test
    void alphabetHasNoLookAlikes() {
        for (char lookAlike : "0OQ1IL2Z5S8BUV".toCharArray()) {
            assertTrue(CertificateNumber.ALPHABET.indexOf(lookAlike) < 0, "contains " + lookAlike);
        }
        assertEquals(22, CertificateNumber.ALPHABET.chars().distinct().count());
    }

    @Test
    void everySymbolIsUsedAndNumbersDiffer() {
        Set<Character> seen = new HashSet<>();
        Set<CertificateNumber> numbers = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            CertificateNumber number = CertificateNumber.generate(RANDOM);
            numbers.add(number);
            number.compact().chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(CertificateNumber.ALPHABET.length(), seen.size());
        assertEquals(2000, numbers.size());
    }

    @Test
    void parsesWhatPeopleType() {
        CertificateNumber number = CertificateNumber.parse("9XKC-AWFY-HRDM-YG4F").orElseThrow();
        assertEquals("9XKC-AWFY-HRDM-YG4F", number.toString());
        assertEquals("9XKCAWFYHRDMYG4F", number.compact());
        for (String typed : new String[] {"9xkc-awfy-hrdm-yg4f", "9XKCAWFYHRDMYG4F", " 9xkc awfy hrdm yg4f ",
                "9XKC–AWFY–HRDM–YG4F", "9x-kca-wfyh-rdmyg-4f"}) {
            assertEquals(Optional.of(number), CertificateNumber.parse(typed), typed);
        }
    }

    @Test
    void rejectsWhatCannotBeANumber() {
        for (String typed : new String[] {null, "", "9XKC-AWFY-HRDM", "9XKC-AWFY-HRDM-YG4FF", "9XKC-AWFY-HRDM-YG5F",
                "0XKC-AWFY-HRDM-YG4F", "9XKC/AWFY/HRDM/YG4F", "9XKC-AWFY-HRDM-YG4Ü"}) {
            assertFalse(CertificateNumber.parse(typed).isPresent(), String.valueOf(typed));
        }
    }

    @Test
    void roundTripsThroughItsPrintedForm() {
        CertificateNumber number = CertificateNumber.generate(RANDOM);
        assertEquals(number, CertificateNumber.parse(number.toString()).orElseThrow());
        assertEquals(number.hashCode(), CertificateNumber.parse(number.compact()).orElseThrow().hashCode());
        assertNotEquals(number, CertificateNumber.generate(RANDOM));
    }

    @Test
    void verificationUrlAppendsThePrintedNumber() {
        CertificateNumber number = CertificateNumber.parse("9XKCAWFYHRDMYG4F").orElseThrow();
        assertEquals("https://youthpass.example/verify/9XKC-AWFY-HRDM-YG4F",
                number.verificationUrl("https://youthpass.example/"));
        assertEquals("https://youthpass.example/verify/9XKC-AWFY-HRDM-YG4F",
                number.verificationUrl("https://youthpass.example"));
    }
}
