package eu.youthpass.person.web;

import eu.youthpass.person.PersonService;
import eu.youthpass.person.importing.ImportPreview;
import eu.youthpass.person.importing.ImportProblem;
import eu.youthpass.person.importing.ImportRow;
import eu.youthpass.person.importing.ImportTarget;
import eu.youthpass.person.importing.PeopleImport;
import eu.youthpass.platform.web.NotFoundException;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * project/import.xhtml?project=…: upload a spreadsheet of people, see every row with its problems, then confirm.
 * The preview lives in this view only; nothing is saved before "Import".
 */
@Named
@ViewScoped
public class PeopleImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonService people;

    @Inject
    transient ProjectService projects;

    private Long projectId;
    private transient Project project;
    private boolean hasActivities;
    private transient UploadedFile file;
    private String fileName;
    private ImportPreview preview;

    public void load() {
        if (projectId == null) {
            Pages.notFound();
        }
        project = projects.get(projectId);
        hasActivities = !projects.activities(projectId).isEmpty();
    }

    /** Reads the uploaded file into the preview; saves nothing. */
    public void check() {
        preview = null;
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Pages.fieldError("upload:file", "import.choose_file");
            return;
        }
        if (file.getSize() > PeopleImport.MAX_BYTES) {
            // p:validateFile refuses it first; this is for a request made by hand
            Pages.fieldError("upload:file", "import.problem.too_large", PeopleImport.MAX_MEGABYTES);
            return;
        }
        fileName = file.getFileName();
        preview = PeopleImport.read(fileName, file.getContent(), target());
    }

    private ImportTarget target() {
        List<ImportTarget.ActivityChoice> activities = projects.activities(projectId).stream()
                .map(a -> new ImportTarget.ActivityChoice(a.getId(), a.getTitle())).toList();
        return new ImportTarget(activities, people.emails(projectId), LocalDate.now());
    }

    /** Saves the ready rows of the preview shown, in one transaction, and goes to the list of people. */
    public void confirm() {
        ImportPreview confirmed;
        synchronized (this) {
            // taken once: a second click on "Import" finds nothing to import instead of importing everyone again
            confirmed = preview;
            preview = null;
        }
        if (confirmed == null || confirmed.readyCount() == 0) {
            Pages.error("import.nothing_ready");
            return;
        }
        int imported = people.importPeople(projectId, confirmed.people());
        Pages.infoText(Pages.plural("import.done", imported));
        if (confirmed.skippedCount() > 0) {
            Pages.infoText(Pages.plural("import.skipped", confirmed.skippedCount()));
        }
        Pages.keepMessages();
        Pages.redirect("/project/people.xhtml?project=" + projectId);
    }

    public String text(ImportProblem problem) {
        return ImportMessages.of(problem, Pages.locale());
    }

    public String result(ImportRow row) {
        if (!row.isReady()) {
            return Pages.text("import.result.skipped");
        }
        return Pages.text(row.hasWarnings() ? "import.result.warning" : "import.result.ready");
    }

    public String getPreviewTitle() {
        return Pages.text("import.preview", fileName);
    }

    public String getSummary() {
        return Pages.text("import.summary", Pages.plural("import.summary.ready", preview.readyCount()),
                Pages.plural("import.summary.problems", preview.skippedCount()));
    }

    public String getWarningSummary() {
        long warnings = preview.warningCount();
        return warnings == 0 ? "" : Pages.plural("import.summary.warnings", warnings);
    }

    public String getConfirmLabel() {
        return Pages.plural("import.confirm", preview.readyCount());
    }

    public String getFileHint() {
        return Pages.text("import.hint.file", PeopleImport.MAX_MEGABYTES, PeopleImport.MAX_PEOPLE);
    }

    public long getMaxBytes() {
        return PeopleImport.MAX_BYTES;
    }

    public Project getProject() {
        if (projectId == null) {
            throw new NotFoundException();
        }
        if (project == null) {
            project = projects.get(projectId);
        }
        return project;
    }

    public boolean isHasActivities() {
        return hasActivities;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }
}
