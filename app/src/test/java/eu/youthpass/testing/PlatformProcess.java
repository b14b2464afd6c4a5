package eu.youthpass.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The runnable jar started the way a user starts it: {@code java -jar youthpass.jar --port N}, settings in the environment. */
public final class PlatformProcess {

    private final Process process;
    private final int port;
    private final Path log;

    private PlatformProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static PlatformProcess start(Path jar, Map<String, String> environment, Path workDir, String logName) {
        return start(jar, environment, workDir, logName, FreePort.find());
    }

    /** On a given port: a platform started again where the one before listened. */
    public static PlatformProcess start(Path jar, Map<String, String> environment, Path workDir, String logName,
                                        int port) {
        try {
            deleteRecursively(workDir); // a stale Payara root would redeploy an old build
            Files.createDirectories(workDir);
            Path log = Path.of("target", logName).toAbsolutePath();
            String java = ProcessHandle.current().info().command().orElse("java");
            // the heap as in production (kubernetes/base): all of it from the start, else G1 keeps the heap small and
            // marks it over and over
            List<String> command = new ArrayList<>(List.of(java, "-Xms768m", "-Xmx768m"));
            // e.g. -Dyp.platform.jvm=-XX:StartFlightRecording=filename=target/ to profile a benchmark's platform
            String extra = System.getProperty("yp.platform.jvm", "").strip();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--port", String.valueOf(port),
                    "--nocluster", "--rootdir", workDir.resolve("payara").toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("YP_"));
            builder.environment().putAll(environment);
            builder.environment().put("YP_BASE_URL", "http://localhost:" + port);
            PlatformProcess platform = new PlatformProcess(builder.start(), port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(platform::stop));
            platform.awaitReady(Duration.ofSeconds(240));
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: the process ends at once, as in a crash. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitReady(Duration limit) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant start = Instant.now();
        Instant deadline = start.plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform stopped during start; see " + log + "\n" + tail());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"database\"")) {
                    System.out.printf("Platform ready at %s after %d s (log: %s)%n", baseUrl(),
                            Duration.between(start, Instant.now()).toSeconds(), log);
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop();
        throw new IllegalStateException("The platform was not ready within " + limit.toSeconds() + " s; see " + log + "\n" + tail());
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(File.separator.equals("/") ? "\n" : "\r\n",
                    lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
