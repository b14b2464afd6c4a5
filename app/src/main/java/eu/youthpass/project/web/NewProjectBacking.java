package eu.youthpass.project.web;

import eu.youthpass.platform.i18n.LocaleSelection;
import eu.youthpass.platform.web.Pages;
import eu.youthpass.project.Project;
import eu.youthpass.project.ProjectDetails;
import eu.youthpass.project.ProjectService;
import eu.youthpass.project.number.NumberLayout;
import eu.youthpass.project.number.ParseResult;
import eu.youthpass.project.number.ProjectNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * project/new.xhtml, "Enter new project": first the number (checked part by part, with what it tells about the
 * project), then the details.
 */
@Named
@ViewScoped
public class NewProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    @Inject
    LocaleSelection localeSelection;

    private String numberText;
    private String acceptedNumber;
    private long sameNumberCount;
    private final ProjectDetails details = new ProjectDetails();

    /** f:viewAction: editors of a project cannot enter new ones. */
    public void requireAdministrator() {
        projects.requireAdministrator();
    }

    public void check() {
        switch (ProjectNumber.parse(numberText)) {
            case ParseResult.Invalid invalid -> {
                acceptedNumber = null;
                Pages.fieldErrorText("project:number", ProjectNumberMessages.of(invalid.problem(), localeSelection.getLocale()));
            }
            case ParseResult.Valid valid -> {
                acceptedNumber = valid.number().value();
                numberText = acceptedNumber;
                if (valid.trimmed()) {
                    Pages.info("project.new.trimmed");
                }
                sameNumberCount = projects.countWithNumber(valid.number());
            }
        }
    }

    public void changeNumber() {
        acceptedNumber = null;
    }

    public void create() {
        if (!ProjectDates.valid(details.getStartDate(), details.getEndDate(), "project")) {
            return;
        }
        Project project = projects.create(getNumber(), details);
        Pages.info("project.created", project.getTitle());
        Pages.keepMessages();
        Pages.redirect("/project/view.xhtml?id=" + project.getId());
    }

    public ProjectNumber getNumber() {
        return acceptedNumber == null ? null
                : ((ParseResult.Valid) ProjectNumber.parse(acceptedNumber)).number();
    }

    public boolean isNumberAccepted() {
        return acceptedNumber != null;
    }

    public List<NumberLayout> getLayouts() {
        return List.of(NumberLayout.values());
    }

    public long getSameNumberCount() {
        return sameNumberCount;
    }

    public String getNumberText() {
        return numberText;
    }

    public void setNumberText(String numberText) {
        this.numberText = numberText;
    }

    public ProjectDetails getDetails() {
        return details;
    }
}
