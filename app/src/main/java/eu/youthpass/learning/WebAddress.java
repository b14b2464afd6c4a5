package eu.youthpass.learning;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web address a learner gives as evidence: absolute http or https with a host, nothing else, so that a
 * {@code javascript:} or {@code data:} link can never reach a page or a certificate. "example.org/x" gets https://.
 */
public record WebAddress(String value) {

    public static Optional<WebAddress> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!text.contains("://") && !text.contains(":") && text.contains(".")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()
                    || text.chars().anyMatch(c -> c < 0x21)) {
                return Optional.empty();
            }
            return Optional.of(new WebAddress(text));
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
