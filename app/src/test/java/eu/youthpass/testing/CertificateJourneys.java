package eu.youthpass.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The certificate page's forms submitted over plain HTTP by an organisation's logged-in {@link WebClient}, for
 * tests about what comes after generating (verification, the learner's download) rather than about the page.
 *
 * <pre>
 * CertificateJourneys.generate(owner, projectId, personId, "1,2,3", "en");
 * byte[] pdf = CertificateJourneys.pdf(owner, projectId, personId, null);
 * </pre>
 */
public final class CertificateJourneys {

    private CertificateJourneys() {
    }

    public static String page(long projectId, long personId) {
        return "/project/certificate.xhtml?project=" + projectId + "&id=" + personId;
    }

    /** Generates (again) with one part and one language: the form submits one value per field here. */
    public static void generate(WebClient owner, long projectId, long personId, String part, String language) {
        WebClient.Page page = owner.get(page(projectId, personId));
        assertEquals(200, page.status(), page.text());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("generate", "generate");
        form.put("generate:parts", part);
        form.put("generate:languages", language);
        form.put("generate:generateButton", "");
        form.put("jakarta.faces.ViewState", page.viewState());
        form.put("primefaces.nonce", page.nonce());
        WebClient.Page done = owner.post(page(projectId, personId), form);
        assertTrue(done.text().contains("generated."), done.text());
    }

    public static void revoke(WebClient owner, long projectId, long personId, String reason) {
        WebClient.Page page = owner.get(page(projectId, personId));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revokeForm", "revokeForm");
        form.put("revokeForm:reason", reason);
        form.put("revokeForm:revokeButton", "");
        form.put("jakarta.faces.ViewState", page.viewState());
        form.put("primefaces.nonce", page.nonce());
        WebClient.Page done = owner.post(page(projectId, personId), form);
        assertTrue(done.text().contains("The certificate was revoked."), done.text());
    }

    /** The current version's PDF, or version {@code version}. */
    public static byte[] pdf(WebClient owner, long projectId, long personId, Integer version) {
        WebClient.Download download = owner.download("/project/certificate-file?project=" + projectId + "&id=" + personId
                + (version == null ? "" : "&version=" + version));
        assertEquals(200, download.status());
        return download.body();
    }
}
