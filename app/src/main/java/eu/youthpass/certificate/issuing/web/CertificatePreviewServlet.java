package eu.youthpass.certificate.issuing.web;

import eu.youthpass.certificate.CertificateRequest;
import eu.youthpass.certificate.issuing.Certificates;
import eu.youthpass.certificate.issuing.NotIssuableException;
import eu.youthpass.platform.web.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * /project/certificate-preview?project=…&amp;id=…&amp;parts=1,2&amp;languages=en,lv: page 1 of the certificate as
 * it would be generated now, as a PNG, made from the real PDF but neither signed nor stored. "Not found" for other
 * organisations, and for a learner whose certificate cannot be made (the page says why).
 */
@WebServlet("/project/certificate-preview")
public class CertificatePreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long projectId = Ids.parse(request.getParameter("project"));
        Long personId = Ids.parse(request.getParameter("id"));
        Optional<CertificateRequest> choice = CertificateChoice.parse(request.getParameter("parts"),
                request.getParameter("languages"));
        if (projectId == null || personId == null || choice.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png;
        try {
            png = certificates.previewPng(projectId, personId, choice.get());
        } catch (NotFoundException | NotIssuableException none) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
