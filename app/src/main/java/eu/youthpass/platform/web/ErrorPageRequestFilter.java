package eu.youthpass.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages are shown as a fresh GET of the page, whatever request failed. Without this, an error page shown
 * for a form POST (an expired view, a refused or failed submit) sees the failed request's form fields: Faces
 * takes it for a postback of the error page, and PrimeFaces then looks for the failed form's CSP nonce, fails
 * again inside the error page and leaves the visitor a half-written page with status 500.
 */
@WebFilter(filterName = "errorPageRequest", urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshGet(request), response);
    }

    /** The failed request without its method and parameters. */
    static final class FreshGet extends HttpServletRequestWrapper {

        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
