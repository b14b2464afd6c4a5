package eu.youthpass.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookie jar, for what a browser hides: status codes, headers, cookies, hand-made
 * form posts. Redirects are not followed, so a test sees them. One instance is one visitor.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script[^>]*>.*?</script>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String acceptLanguage = "en";

    public WebClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public WebClient acceptLanguage(String language) {
        this.acceptLanguage = language;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Submits a Faces form of a page as its button would: the form's id, the fields, the button, the page's
     * ViewState and PrimeFaces' CSP nonce (as the page's script adds it).
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", page.viewState());
        form.put("primefaces.nonce", page.nonce());
        return post(page.path(), form);
    }

    /** Logs in through the login form; answers the response to the login POST. */
    public Page login(String email, String password) {
        Page login = get("/login.xhtml");
        return submit(login, "login", Map.of("login:email", email, "login:password", password), "submit");
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    public void forgetCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    /** The bytes of a response (a PDF, a picture, a ZIP), with its status and content type. */
    public record Download(int status, String contentType, byte[] body) {
    }

    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(path)).GET()
                    .header("Accept-Language", acceptLanguage).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : baseUrl + path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept-Language", acceptLanguage)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One response as a test reads it. */
    public record Page(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String path() {
            return response.uri().getPath();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        /** The Set-Cookie header for this cookie name, or null. */
        public String setCookie(String name) {
            return headers("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).findFirst().orElse(null);
        }

        public String location() {
            return header("Location");
        }

        public String title() {
            Matcher m = TITLE.matcher(body());
            return m.find() ? m.group(1).strip() : "";
        }

        /** The text a reader sees: without scripts and tags. */
        public String text() {
            String withoutScripts = SCRIPT.matcher(body()).replaceAll(" ");
            return TAG.matcher(withoutScripts).replaceAll(" ").replaceAll("\\s+", " ").strip();
        }

        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body());
            if (!m.find()) {
                throw new AssertionError("No ViewState on " + path() + " (status " + status() + "):\n" + body());
            }
            return m.group(1);
        }

        public String nonce() {
            Matcher m = NONCE.matcher(body());
            if (!m.find()) {
                throw new AssertionError("No CSP nonce on " + path() + ":\n" + body());
            }
            return m.group(1);
        }

        @Override
        public String toString() {
            return status() + " " + path() + " «" + title() + "»";
        }
    }
}
