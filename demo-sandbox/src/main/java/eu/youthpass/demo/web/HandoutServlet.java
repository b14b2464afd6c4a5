package eu.youthpass.demo.web;

import eu.youthpass.account.CurrentUser;
import eu.youthpass.demo.workshop.HandoutPdf;
import eu.youthpass.demo.workshop.WorkshopView;
import eu.youthpass.demo.workshop.Workshops;
import eu.youthpass.platform.config.Settings;
import eu.youthpass.platform.i18n.LocaleSelection;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** /demo/workshop-handout.pdf: the trainer's printable seat logins (behind the /demo/* login filter). */
@WebServlet("/demo/workshop-handout.pdf")
public class HandoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Workshops workshops;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient LocaleSelection localeSelection;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long userId = currentUser.userIdOrNull();
        Optional<WorkshopView> workshop = userId == null ? Optional.empty() : workshops.ofTrainer(userId);
        if (workshop.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = HandoutPdf.render(workshop.get(), settings.baseUrl() + "/login.xhtml", localeSelection.getLocale());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"workshop-" + workshop.get().id() + "-logins.pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
