package eu.youthpass.certificate.issuing.web;

import eu.youthpass.certificate.CertificateLanguages;
import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.CertificateRequest;
import eu.youthpass.certificate.issuing.Certificate;
import eu.youthpass.certificate.issuing.CertificateVersion;
import eu.youthpass.certificate.issuing.Certificates;
import eu.youthpass.certificate.issuing.NotIssuableException;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.web.ProjectPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * project/certificate.xhtml?project=…&amp;id=…: one learner's certificate from the organisation's side. Choose parts
 * and languages and see page 1 as it will print, generate (again: a new version, same number), download, see the
 * versions, revoke with a reason.
 */
@Named
@ViewScoped
public class CertificateBacking extends ProjectPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    private Long id;
    private transient Certificates.CertificateSheet sheet;
    private List<String> parts = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String revokeReason;
    private int previewCounter;

    public void load() {
        loadProject();
        if (id == null) {
            Pages.notFound();
        }
        refresh();
        CertificateVersion current = sheet.current();
        if (current != null) {
            parts = current.getPartNumbers().stream().map(String::valueOf).toList();
            languages = current.getLanguageTags();
        } else {
            parts = sheet.selfAssessed() ? List.of("1", "2", "3") : List.of("1", "3");
            languages = sheet.defaultLanguages().stream().map(Locale::toLanguageTag).toList();
        }
        parts = new ArrayList<>(parts);
        languages = new ArrayList<>(languages);
    }

    private void refresh() {
        sheet = certificates.sheet(projectId, id);
    }

    /** The ticks changed: the preview image gets a new address, so the browser asks for it again. */
    public void choiceChanged() {
        previewCounter++;
    }

    public void generate() {
        Optional<CertificateRequest> request = choice();
        if (request.isEmpty()) {
            return;
        }
        try {
            CertificateVersion version = certificates.issue(projectId, id, request.get());
            Pages.info(version.getVersionNo() == 1 ? "certificate.generated" : "certificate.regenerated",
                    version.getCertificate().getNumber(), version.getVersionNo());
        } catch (NotIssuableException e) {
            Pages.error(e.reason());
        }
        refresh();
        previewCounter++;
    }

    public void revoke() {
        if (revokeReason == null || revokeReason.isBlank()) {
            Pages.fieldError("revokeForm:reason", "certificate.revoke.reason_required");
            return;
        }
        try {
            certificates.revoke(projectId, id, revokeReason);
            Pages.info("certificate.revoked");
            revokeReason = null;
        } catch (IllegalStateException alreadyRevoked) {
            Pages.error("certificate.revoke.already");
        }
        refresh();
    }

    private Optional<CertificateRequest> choice() {
        boolean ok = true;
        if (parts.isEmpty()) {
            Pages.fieldError("generate:parts", "certificate.parts_required");
            ok = false;
        }
        if (languages.isEmpty()) {
            Pages.fieldError("generate:languages", "certificate.languages_required");
            ok = false;
        }
        List<String> inShownOrder = getLanguageChoices().stream().map(Locale::toLanguageTag)
                .filter(languages::contains).toList();
        return ok ? CertificateChoice.of(parts, inShownOrder) : Optional.empty();
    }

    /** The address of the preview picture for the current ticks, or null when nothing is ticked. */
    public String getPreviewUrl() {
        if (parts.isEmpty() || languages.isEmpty() || !getSheet().isIssuable()) {
            return null;
        }
        // h:graphicImage puts the context path in front
        return "/project/certificate-preview?project=" + projectId + "&id=" + id
                + "&parts=" + CertificateChoice.parts(parts) + "&languages=" + String.join(",", getLanguageChoices().stream()
                .map(Locale::toLanguageTag).filter(languages::contains).toList())
                + "&n=" + previewCounter;
    }

    public String fileUrl(Integer versionNo) {
        return Pages.request().getContextPath() + "/project/certificate-file?project=" + projectId + "&id=" + id
                + (versionNo == null ? "" : "&version=" + versionNo);
    }

    /** "1", "2", "3": the parts by their printed numbers. */
    public List<String> getPartChoices() {
        return Arrays.stream(CertificatePart.values()).map(p -> String.valueOf(p.number())).toList();
    }

    /**
     * The learner's certificate languages first, in their order, then the others: a form submits ticked boxes in the
     * order they are shown, and that is the order of the languages in the PDF.
     */
    public List<Locale> getLanguageChoices() {
        List<Locale> choices = new ArrayList<>(getSheet().defaultLanguages());
        CertificateLanguages.available().stream().filter(l -> !choices.contains(l)).forEach(choices::add);
        return choices;
    }

    public Certificates.CertificateSheet getSheet() {
        if (sheet == null) {
            refresh();
        }
        return sheet;
    }

    public Certificate getCertificate() {
        return getSheet().certificate();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<String> getParts() {
        return parts;
    }

    public void setParts(List<String> parts) {
        this.parts = parts == null ? new ArrayList<>() : new ArrayList<>(parts);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
