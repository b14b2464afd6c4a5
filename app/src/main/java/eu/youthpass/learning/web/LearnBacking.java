package eu.youthpass.learning.web;

import eu.youthpass.certificate.issuing.LearnerCertificates;
import eu.youthpass.learning.Competence;
import eu.youthpass.learning.EvidenceLink;
import eu.youthpass.learning.JournalEntry;
import eu.youthpass.learning.LearnerDraft;
import eu.youthpass.learning.LearnerSheet;
import eu.youthpass.learning.LearningRecord;
import eu.youthpass.learning.LinkClosedException;
import eu.youthpass.learning.SelfAssessments;
import eu.youthpass.learning.WebAddress;
import eu.youthpass.person.PersonStatus;
import eu.youthpass.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * learn/index.xhtml?token=…: the learner's own form, opened by their personal link without an account. Every
 * field saves itself when the learner pauses or leaves it; "Submit for review" hands it to the organisation.
 */
@Named
@ViewScoped
public class LearnBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelfAssessments selfAssessments;

    @Inject
    transient LearnerLinkThrottle throttle;

    @Inject
    transient LearnerCertificates certificates;

    private String token;
    private transient LearnerSheet sheet;
    private LearnerDraft draft;
    private LinkClosedException closed;
    private long waitMinutes;
    private boolean saved;

    private String certificateNumber;
    private String evidenceTitle;
    private String evidenceUrl;
    private LocalDate journalDate;
    private String journalText;

    public static String pageFor(String token) {
        return "/learn/index.xhtml?token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }

    public void load() {
        Duration wait = throttle.waitFor(Pages.clientAddress());
        if (!wait.isZero()) {
            waitMinutes = Math.max(1, wait.toMinutes() + 1);
            return;
        }
        try {
            sheet = selfAssessments.open(token);
            draft = LearnerDraft.of(sheet.record());
            journalDate = LocalDate.now();
            if (sheet.person().getStatus() == PersonStatus.CERTIFICATE_ISSUED) {
                certificateNumber = certificates.number(token).orElse(null);
            }
        } catch (LinkClosedException e) {
            closed = e;
            if (e.isUnknown()) {
                throttle.failed(Pages.clientAddress());
            }
        }
    }

    private void reload() {
        sheet = selfAssessments.open(token);
    }

    /** Runs a save; a link ended meanwhile or a form submitted in another window gets a message, never an error. */
    private boolean run(Consumer<SelfAssessments> work) {
        try {
            work.accept(selfAssessments);
            saved = true;
            return true;
        } catch (LinkClosedException e) {
            closed = e;
            Pages.redirect(pageFor(token));
        } catch (IllegalStateException submittedElsewhere) {
            Pages.error("learn.not_editable");
        }
        return false;
    }

    public void savePersonalData() {
        if (draft.getBirthDate() != null && !draft.getBirthDate().isBefore(LocalDate.now())) {
            Pages.fieldError("learn:birthDate", "validation.birth_date_future");
            return;
        }
        if (blank(draft.getFirstName()) || blank(draft.getLastName())) {
            return; // a name being retyped: the required check speaks when the learner saves or submits
        }
        run(s -> s.savePersonalData(token, draft.personalData()));
    }

    public void saveTasks() {
        run(s -> s.saveTasks(token, draft.getTasks()));
    }

    public void saveAnswer(Competence competence) {
        run(s -> s.saveAnswer(token, competence, draft.getAnswers().get(competence)));
    }

    public void saveReference(int slot) {
        run(s -> s.saveReference(token, slot, draft.reference(slot)));
    }

    public void saveGoals() {
        run(s -> s.saveGoals(token, draft.getGoals()));
    }

    /** The "Save" button: everything typed, with the checks that single fields skip while being typed. */
    public void save() {
        if (checkPersonalData() && run(s -> s.saveDraft(token, draft))) {
            Pages.info("learn.saved");
        }
    }

    private boolean checkPersonalData() {
        boolean ok = true;
        if (blank(draft.getFirstName())) {
            Pages.fieldError("learn:firstName", "learn.name_required");
            ok = false;
        }
        if (blank(draft.getLastName())) {
            Pages.fieldError("learn:lastName", "learn.name_required");
            ok = false;
        }
        if (draft.getBirthDate() != null && !draft.getBirthDate().isBefore(LocalDate.now())) {
            Pages.fieldError("learn:birthDate", "validation.birth_date_future");
            ok = false;
        }
        return ok;
    }

    public void addEvidence() {
        var url = WebAddress.parse(evidenceUrl);
        if (blank(evidenceTitle)) {
            Pages.fieldError("learn:evidenceTitle", "learn.evidence.title_required");
        }
        if (url.isEmpty()) {
            Pages.fieldError("learn:evidenceUrl", "learn.evidence.url_invalid");
        }
        if (blank(evidenceTitle) || url.isEmpty()) {
            return;
        }
        boolean[] added = new boolean[1];
        if (run(s -> added[0] = s.addEvidence(token, evidenceTitle, url.get()))) {
            if (added[0]) {
                evidenceTitle = null;
                evidenceUrl = null;
                reload();
            } else {
                Pages.error("learn.evidence.full", EvidenceLink.MAX_PER_LEARNER);
            }
        }
    }

    public void removeEvidence(long evidenceId) {
        if (run(s -> s.removeEvidence(token, evidenceId))) {
            reload();
        }
    }

    public void addJournalEntry() {
        if (blank(journalText)) {
            Pages.fieldError("journal:journalText", "learn.journal.text_required");
            return;
        }
        LocalDate date = journalDate == null ? LocalDate.now() : journalDate;
        if (run(s -> s.addJournalEntry(token, date, journalText))) {
            journalText = null;
            reload();
        }
    }

    public void removeJournalEntry(long entryId) {
        if (run(s -> s.removeJournalEntry(token, entryId))) {
            reload();
        }
    }

    public void submit() {
        if (!checkPersonalData()) {
            Pages.error("learn.submit_fix_first");
            return;
        }
        if (run(s -> s.saveDraft(token, draft)) && run(s -> s.submit(token))) {
            Pages.info("learn.submitted");
            Pages.keepMessages();
            Pages.redirect(pageFor(token));
        }
    }

    /** Saves what is typed, then shows the certificate's part 2 as it would look now. */
    public void preview() {
        if (checkPersonalData() && run(s -> s.saveDraft(token, draft))) {
            Pages.redirect("/learn/preview.xhtml?token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public boolean isAnswered(Competence competence) {
        return !blank(draft.getAnswers().get(competence));
    }

    public int getAnswerMaxLength() {
        return LearningRecord.ANSWER_MAX_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public LearnerSheet getSheet() {
        if (sheet == null && token != null && closed == null && waitMinutes == 0) {
            reload(); // after the view was restored from elsewhere: entities are not kept in it
        }
        return sheet;
    }

    public LearnerDraft getDraft() {
        return draft;
    }

    public LinkClosedException getClosed() {
        return closed;
    }

    public long getWaitMinutes() {
        return waitMinutes;
    }

    public boolean isSaved() {
        return saved;
    }

    public String getEvidenceTitle() {
        return evidenceTitle;
    }

    public void setEvidenceTitle(String evidenceTitle) {
        this.evidenceTitle = evidenceTitle;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }

    public LocalDate getJournalDate() {
        return journalDate;
    }

    public void setJournalDate(LocalDate journalDate) {
        this.journalDate = journalDate;
    }

    public String getJournalText() {
        return journalText;
    }

    public void setJournalText(String journalText) {
        this.journalText = journalText;
    }

    public java.util.List<JournalEntry> getJournal() {
        return getSheet().journal();
    }

    /** The printed number of the learner's valid certificate, or null before one is issued (or once revoked). */
    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getCertificateUrl() {
        return Pages.request().getContextPath() + "/learn/certificate?token="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
    }
}
