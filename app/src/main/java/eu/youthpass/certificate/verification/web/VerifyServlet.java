package eu.youthpass.certificate.verification.web;

import eu.youthpass.certificate.CertificateNumber;
import eu.youthpass.certificate.verification.NumberLookup;
import eu.youthpass.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The address printed on every certificate and in its QR code, {@code /verify/{number}}, and the small form at
 * {@code /verify?number=…}. People get the verification page (verify.xhtml, in their language); programs asking
 * for JSON ({@code Accept: application/json} or {@code ?format=json}) get {@link VerificationJson}. A number typed
 * in any case or without dashes is redirected to its printed form, so the address bar shows what the paper shows.
 * No login: the page is public.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NumberLookup lookup;

    @Inject
    transient Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo();
        boolean inPath = path != null && path.length() > 1;
        String typed = inPath ? path.substring(1) : request.getParameter("number");
        boolean json = wantsJson(request);
        response.setHeader("Vary", "Accept");
        response.setHeader("Cache-Control", "no-store"); // a revocation shows at once
        if (!json) {
            Optional<CertificateNumber> number = CertificateNumber.parse(typed);
            if (number.isPresent() && !number.get().toString().equals(inPath ? path.substring(1) : null)) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + "/verify/" + number.get());
                return;
            }
            String page = typed == null || typed.isBlank() ? "/verify.xhtml"
                    : "/verify.xhtml?number=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
            request.getRequestDispatcher(page).forward(request, response);
            return;
        }
        answerJson(typed == null ? "" : typed, request, response);
    }

    private void answerJson(String typed, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        JsonObject body;
        switch (lookup.lookUp(typed, request.getRemoteAddr())) {
            case NumberLookup.Found found -> {
                body = VerificationJson.of(found.certificate(),
                        CertificateNumber.parse(found.certificate().number()).orElseThrow()
                                .verificationUrl(settings.baseUrl()));
                response.setStatus(HttpServletResponse.SC_OK);
            }
            case NumberLookup.Unknown unknown -> {
                body = VerificationJson.unknown(unknown.typed());
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            case NumberLookup.Throttled throttled -> {
                body = VerificationJson.throttled(throttled.remaining().toSeconds() + 1);
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(throttled.remaining().toSeconds() + 1));
            }
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.toString());
    }

    static boolean wantsJson(HttpServletRequest request) {
        if ("json".equalsIgnoreCase(request.getParameter("format"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }
}
