package eu.youthpass.certificate.issuing.web;

import eu.youthpass.certificate.issuing.Certificates;
import eu.youthpass.platform.web.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * /project/certificate-file?project=…&amp;id=…[&amp;version=n]: a learner's certificate PDF as stored, the current
 * version unless another is named. Behind the login like everything under /project/; a project or person of
 * another organisation is "not found".
 */
@WebServlet("/project/certificate-file")
public class CertificateFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long projectId = Ids.parse(request.getParameter("project"));
        Long personId = Ids.parse(request.getParameter("id"));
        String versionParameter = request.getParameter("version");
        Long version = Ids.parse(versionParameter);
        if (projectId == null || personId == null || versionParameter != null && version == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Certificates.StoredPdf> pdf;
        try {
            pdf = certificates.pdf(projectId, personId, version == null ? null : version.intValue());
        } catch (NotFoundException notTheCallers) {
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Ids.sendPdf(response, pdf.get().fileName(), pdf.get().bytes(), "attachment");
    }
}
