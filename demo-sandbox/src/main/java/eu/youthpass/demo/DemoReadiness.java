package eu.youthpass.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once {@link DemoBootstrap} has made the shared login and its example projects: a newcomer must never find an
 * empty demo. The flag lives here, not in the bootstrap singleton, which blocks callers while it starts.
 */
@Readiness
@ApplicationScoped
public class DemoReadiness implements HealthCheck {

    private volatile boolean ready;

    void ready() {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("demo").status(ready).build();
    }
}
