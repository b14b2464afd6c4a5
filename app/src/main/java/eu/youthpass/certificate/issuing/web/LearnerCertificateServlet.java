package eu.youthpass.certificate.issuing.web;

import eu.youthpass.certificate.issuing.Certificates;
import eu.youthpass.certificate.issuing.LearnerCertificates;
import eu.youthpass.learning.LinkClosedException;
import eu.youthpass.learning.web.LearnerLinkThrottle;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * /learn/certificate?token=…: the learner downloads their certificate with their personal link, no account. The
 * link is checked as on their form, and wrong links count against the address as there; "not found" for a closed
 * link or before a certificate is issued.
 */
@WebServlet("/learn/certificate")
public class LearnerCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LearnerCertificates certificates;

    @Inject
    transient LearnerLinkThrottle throttle;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        if (!throttle.waitFor(request.getRemoteAddr()).isZero()) {
            response.sendError(429);
            return;
        }
        Optional<Certificates.StoredPdf> pdf;
        try {
            pdf = token == null || token.length() > 100 ? Optional.empty() : certificates.current(token);
        } catch (LinkClosedException closed) {
            if (closed.isUnknown()) {
                throttle.failed(request.getRemoteAddr());
            }
            pdf = Optional.empty();
        }
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Ids.sendPdf(response, pdf.get().fileName(), pdf.get().bytes(), "attachment");
    }
}
