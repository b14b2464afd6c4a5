package eu.youthpass.certificate.bulk.web;

import eu.youthpass.certificate.bulk.BulkCertificates;
import eu.youthpass.platform.web.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * /project/certificates-zip?project=…&amp;run=…: every certificate a bulk run made, as one ZIP. Behind the login; a
 * project or run of another organisation is "not found".
 */
@WebServlet("/project/certificates-zip")
public class CertificateZipServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BulkCertificates bulk;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long projectId = parse(request.getParameter("project"));
        Long runId = parse(request.getParameter("run"));
        if (projectId == null || runId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // built in memory first, so that "not found" can still be answered as a page; a run is a few MB at most
        ByteArrayOutputStream zip = new ByteArrayOutputStream(1024 * 1024);
        boolean found;
        try {
            found = bulk.zip(projectId, runId, zip);
        } catch (NotFoundException notTheCallers) {
            found = false;
        }
        if (!found) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"youthpass-certificates-" + runId + ".zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(zip.size());
        zip.writeTo(response.getOutputStream());
    }

    private static Long parse(String value) {
        return value != null && value.strip().matches("[0-9]{1,18}") ? Long.valueOf(value.strip()) : null;
    }
}
