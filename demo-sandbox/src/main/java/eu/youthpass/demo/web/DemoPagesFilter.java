package eu.youthpass.demo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The demo's own pages ({@code /demo/*}) are for signed-in users, like the app's {@code /project/*}; the overlay keeps
 * the app's web.xml rather than copying it, so the rule lives here. Not signed in: the login page, then back.
 */
@WebFilter(urlPatterns = "/demo/*")
public class DemoPagesFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            if (!request.authenticate(response) || request.getUserPrincipal() == null) {
                return; // the authentication mechanism has sent the visitor to the login page
            }
        }
        chain.doFilter(request, response);
    }
}
