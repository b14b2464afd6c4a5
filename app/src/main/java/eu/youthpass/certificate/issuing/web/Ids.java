package eu.youthpass.certificate.issuing.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** What the certificate servlets share: ids from the query string, and sending a PDF. */
final class Ids {

    private Ids() {
    }

    /** A positive id, or null when the text is none. */
    static Long parse(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    static void sendPdf(HttpServletResponse response, String fileName, byte[] pdf, String disposition)
            throws IOException {
        response.setCharacterEncoding((String) null); // a PDF has no charset, whatever a filter set for pages
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", disposition + "; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
