package eu.youthpass.organisation.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.organisation.logo.LogoPicture;
import eu.youthpass.organisation.logo.OrganisationLogo;
import eu.youthpass.organisation.logo.OrganisationLogos;
import eu.youthpass.platform.web.DateConverter;
import eu.youthpass.platform.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;

/** The logo card of organisation/members.xhtml (owners only): upload, see, remove. */
@Named
@ViewScoped
public class LogoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationLogos logos;

    @Inject
    CurrentUser currentUser;

    private transient UploadedFile file;
    private transient OrganisationLogo logo;
    private boolean loaded;

    public OrganisationLogo getLogo() {
        if (!loaded && currentUser.isOwner()) {
            logo = logos.current().orElse(null);
            loaded = true;
        }
        return logo;
    }

    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            Pages.fieldError("logo:file", "logo.choose_file");
            return;
        }
        try {
            LogoPicture.checkSize(file.getSize()); // before the content is read into memory
            logos.replace(LogoPicture.of(file.getContent()));
            Pages.info("logo.saved");
            loaded = false;
        } catch (LogoPicture.Rejected rejected) {
            Pages.fieldError("logo:file", "logo.rejected." + rejected.problem().name().toLowerCase(Locale.ROOT),
                    LogoPicture.MAX_UPLOAD_MEGABYTES, LogoPicture.MIN_SIDE);
        }
    }

    public void remove() {
        logos.remove();
        Pages.info("logo.removed");
        loaded = false;
    }

    /** "Uploaded by … on …", in the viewer's language and the platform's time zone. */
    public String getUploaded() {
        OrganisationLogo shown = getLogo();
        return shown == null ? "" : Pages.text("logo.uploaded", shown.getUploadedBy(), DateConverter.format(
                shown.getUploadedAt(), Pages.locale(), "general.datetime_pattern", ZoneId.systemDefault()));
    }

    public long getMaxBytes() {
        return LogoPicture.MAX_UPLOAD_BYTES;
    }

    public String getHint() {
        return Pages.text("logo.hint", LogoPicture.MAX_UPLOAD_MEGABYTES, LogoPicture.MIN_SIDE);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
