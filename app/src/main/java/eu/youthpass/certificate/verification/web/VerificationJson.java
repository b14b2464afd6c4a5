package eu.youthpass.certificate.verification.web;

import eu.youthpass.certificate.verification.VerifiedCertificate;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The machine-readable answer at /verify/{number}: the same facts as the page, with codes instead of words
 * (status {@code valid} or {@code revoked}, part numbers, language tags) and ISO dates.
 */
final class VerificationJson {

    private VerificationJson() {
    }

    static JsonObject of(VerifiedCertificate c, String verificationUrl) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("found", true)
                .add("number", c.number())
                // a program that only reads "status" must not take a demo certificate for a valid one
                .add("status", c.revoked() ? "revoked" : c.demo() ? "demo" : "valid")
                .add("demo", c.demo())
                .add("holder", c.holderName())
                .add("project", Json.createObjectBuilder()
                        .add("title", c.projectTitle())
                        .add("number", c.projectNumber())
                        .add("startDate", date(c.startDate()))
                        .add("endDate", date(c.endDate())))
                .add("organisation", c.organisationName())
                .add("parts", ints(c))
                .add("languages", Json.createArrayBuilder(c.languages()))
                .add("issueDate", date(c.issueDate()))
                .add("firstIssuedAt", instant(c.firstIssuedAt()))
                .add("version", c.version())
                .add("verificationUrl", verificationUrl);
        JsonArrayBuilder replaced = Json.createArrayBuilder();
        c.replaced().forEach(r -> replaced.add(Json.createObjectBuilder().add("version", r.version())
                .add("issueDate", date(r.issueDate())).add("replacedAt", instant(r.replacedAt()))));
        json.add("replacedVersions", replaced);
        if (c.revoked()) {
            json.add("revoked", Json.createObjectBuilder().add("at", instant(c.revokedAt()))
                    .add("reason", c.revokedReason() == null ? "" : c.revokedReason()));
        }
        return json.build();
    }

    static JsonObject unknown(String typed) {
        return Json.createObjectBuilder().add("found", false).add("number", typed)
                .add("message", "No certificate with this number").build();
    }

    static JsonObject throttled(long seconds) {
        return Json.createObjectBuilder().add("found", false).add("error", "too_many_unknown_numbers")
                .add("retryAfterSeconds", seconds).build();
    }

    private static JsonArrayBuilder ints(VerifiedCertificate c) {
        JsonArrayBuilder parts = Json.createArrayBuilder();
        c.parts().forEach(parts::add);
        return parts;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
