package eu.youthpass.person.web;

import eu.youthpass.person.importing.PeopleTemplate;
import eu.youthpass.platform.i18n.Languages;
import eu.youthpass.platform.i18n.LocaleSelection;
import eu.youthpass.platform.web.NotFoundException;
import eu.youthpass.project.Activity;
import eu.youthpass.project.ProjectService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * /project/people-template?project=…&amp;format=xlsx|csv[&amp;lang=lv]: the spreadsheet to fill in for the import,
 * with the headings in the user's language and the project's activities in the example row. Behind the login like
 * everything under /project/; a project of another organisation is "not found".
 */
@WebServlet("/project/people-template")
public class PeopleTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient ProjectService projects;

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long projectId = parse(request.getParameter("project"));
        if (projectId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<String> titles;
        try {
            projects.get(projectId);
            titles = projects.activities(projectId).stream().map(Activity::getTitle).toList();
        } catch (NotFoundException notTheCallersProject) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lang = request.getParameter("lang");
        Locale language = Languages.isSupported(lang) ? Locale.forLanguageTag(lang) : localeSelection.getLocale();
        boolean csv = "csv".equals(request.getParameter("format"));
        byte[] body = csv ? PeopleTemplate.csv(language, titles) : PeopleTemplate.xlsx(language, titles);
        String fileName = "youthpass-people-" + language.getLanguage() + (csv ? ".csv" : ".xlsx");

        response.setContentType(csv ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Long parse(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
