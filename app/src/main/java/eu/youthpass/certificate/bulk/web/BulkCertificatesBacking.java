package eu.youthpass.certificate.bulk.web;

import eu.youthpass.certificate.CertificateLanguages;
import eu.youthpass.certificate.CertificatePart;
import eu.youthpass.certificate.CertificateRequest;
import eu.youthpass.certificate.bulk.BulkCertificates;
import eu.youthpass.certificate.bulk.CertificateRunLauncher;
import eu.youthpass.certificate.bulk.RunProgress;
import eu.youthpass.certificate.issuing.web.CertificateChoice;
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
 * project/certificates.xhtml?project=…: certificates for many learners at once. Tick learners, choose parts and
 * languages, start; the page polls the run's progress, which lives in the database: leave and come back, and it is
 * still there. An interrupted run (the platform restarted) can be resumed; a finished one downloads as one ZIP.
 */
@Named
@ViewScoped
public class BulkCertificatesBacking extends ProjectPage {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BulkCertificates bulk;

    @Inject
    transient CertificateRunLauncher launcher;

    private List<BulkCertificates.Candidate> candidates = List.of();
    private List<BulkCertificates.Candidate> selected = new ArrayList<>();
    private List<String> parts = new ArrayList<>(List.of("1", "2", "3"));
    private boolean ownLanguages = true;
    private List<String> languages = new ArrayList<>(List.of("en"));
    private RunProgress progress;

    public void load() {
        loadProject();
        refresh();
    }

    private void refresh() {
        candidates = bulk.candidates(projectId);
        progress = bulk.progress(projectId).orElse(null);
    }

    /** The poll: the progress, and the learners again once the run is over (their certificates changed). */
    public void poll() {
        boolean wasRunning = progress != null && progress.running();
        progress = bulk.progress(projectId).orElse(null);
        if (wasRunning && (progress == null || !progress.running())) {
            candidates = bulk.candidates(projectId);
        }
    }

    public void start() {
        boolean ok = true;
        if (selected.isEmpty()) {
            Pages.error("certificates.nobody_ticked");
            ok = false;
        }
        if (parts.isEmpty()) {
            Pages.fieldError("start:parts", "certificate.parts_required");
            ok = false;
        }
        if (!ownLanguages && languages.isEmpty()) {
            Pages.fieldError("start:languages", "certificate.languages_required");
            ok = false;
        }
        Optional<CertificateRequest> choice = CertificateChoice.of(parts, ownLanguages ? List.of("en") : languages);
        if (!ok || choice.isEmpty()) {
            return;
        }
        List<Locale> chosenLanguages = ownLanguages ? List.of() : choice.get().languages();
        try {
            launcher.start(projectId, selected.stream().map(BulkCertificates.Candidate::personId).toList(),
                    choice.get().parts(), chosenLanguages);
            Pages.info("certificates.started");
            selected = new ArrayList<>();
        } catch (BulkCertificates.RunActiveException running) {
            Pages.error("certificates.already_running");
        }
        refresh();
    }

    public void resume() {
        if (launcher.resume(projectId)) {
            Pages.info("certificates.resumed");
        } else {
            Pages.warn("certificates.nothing_to_resume");
        }
        refresh();
    }

    public String getZipUrl() {
        return progress == null ? null : Pages.request().getContextPath() + "/project/certificates-zip?project="
                + projectId + "&run=" + progress.runId();
    }

    public List<String> getPartChoices() {
        return Arrays.stream(CertificatePart.values()).map(p -> String.valueOf(p.number())).toList();
    }

    public List<Locale> getLanguageChoices() {
        return CertificateLanguages.available();
    }

    public List<BulkCertificates.Candidate> getCandidates() {
        return candidates;
    }

    public List<BulkCertificates.Candidate> getSelected() {
        return selected;
    }

    public void setSelected(List<BulkCertificates.Candidate> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<String> getParts() {
        return parts;
    }

    public void setParts(List<String> parts) {
        this.parts = parts == null ? new ArrayList<>() : new ArrayList<>(parts);
    }

    public boolean isOwnLanguages() {
        return ownLanguages;
    }

    public void setOwnLanguages(boolean ownLanguages) {
        this.ownLanguages = ownLanguages;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public RunProgress getProgress() {
        return progress;
    }

    /** A new run can start once the latest one is complete (an interrupted one is resumed first). */
    public boolean isStartable() {
        return progress == null || progress.isComplete();
    }

    public boolean isRunning() {
        return progress != null && progress.running();
    }
}
