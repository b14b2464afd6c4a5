package eu.youthpass.certificate.verification.web;

import eu.youthpass.certificate.issuing.CertificateEdition;
import eu.youthpass.certificate.verification.FileMatch;
import eu.youthpass.certificate.verification.NumberLookup;
import eu.youthpass.certificate.verification.Verification;
import eu.youthpass.certificate.verification.VerifiedCertificate;
import eu.youthpass.platform.i18n.Texts;
import eu.youthpass.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * verify.xhtml, reached as /verify/{number} (see {@link VerifyServlet}): the public verification page. Shows the
 * certificate with its status, or says plainly that no certificate has this number; anyone can also upload a PDF
 * and learn whether it is exactly a version we issued.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Certificates are tens of kilobytes; anything much bigger is not one of ours. */
    static final long MAX_UPLOAD = 10L * 1024 * 1024;

    @Inject
    transient NumberLookup lookup;

    @Inject
    transient Verification verification;

    @Inject
    transient CertificateEdition edition;

    private String number;
    private VerifiedCertificate certificate;
    private boolean unknown;
    private long waitMinutes;

    private transient Part file;
    private boolean fileChecked;
    private FileMatch fileMatch;

    public void load() {
        if (number == null || number.isBlank()) {
            return;
        }
        switch (lookup.lookUp(number, Pages.clientAddress())) {
            case NumberLookup.Found found -> certificate = found.certificate();
            case NumberLookup.Unknown u -> {
                unknown = true;
                FacesContext.getCurrentInstance().getExternalContext()
                        .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            case NumberLookup.Throttled throttled -> {
                waitMinutes = throttled.minutes();
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(429);
            }
        }
    }

    public void checkFile() {
        fileChecked = false;
        fileMatch = null;
        if (file == null || file.getSize() == 0) {
            Pages.fieldError("tamper:file", "verify.file.required");
            return;
        }
        if (file.getSize() > MAX_UPLOAD) {
            Pages.fieldError("tamper:file", "verify.file.too_big");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            fileMatch = verification.match(in.readAllBytes()).orElse(null);
            fileChecked = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file is one of ours, but of another certificate than the one on this page. */
    public boolean isOtherCertificate() {
        return fileMatch != null && certificate != null && !fileMatch.number().equals(certificate.number());
    }

    /** A date as the page's language writes it. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(Texts.get(Pages.locale(), "general.date_pattern"), Pages.locale())
                .format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, ZoneId.systemDefault()));
    }

    /** A language tag's name in the page's language, e.g. "latviešu" for lv on a Latvian page. */
    public String languageName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Pages.locale());
    }

    public boolean isDemo() {
        return edition.isDemo();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public VerifiedCertificate getCertificate() {
        return certificate;
    }

    public boolean isUnknown() {
        return unknown;
    }

    public long getWaitMinutes() {
        return waitMinutes;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isFileChecked() {
        return fileChecked;
    }

    public FileMatch getFileMatch() {
        return fileMatch;
    }
}
