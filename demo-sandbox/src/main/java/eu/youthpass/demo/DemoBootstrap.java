package eu.youthpass.demo;

import eu.youthpass.demo.seed.ExampleSeeding;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import java.util.logging.Logger;

/**
 * At every start: the shared login (with the password the settings give) and its organisation, seeded with the
 * example projects on the very first start. The demo reports ready only after this.
 */
@Startup
@Singleton
@DependsOn("DemoMigration")
// each step commits on its own (the seeds read what ensureShared wrote), so no container transaction around them
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoBootstrap {

    private static final Logger LOG = Logger.getLogger(DemoBootstrap.class.getName());

    @Inject
    DemoOrganisations organisations;

    @Inject
    ExampleSeeding seeding;

    @Inject
    DemoSettings settings;

    @Inject
    @Readiness
    DemoReadiness readiness;

    @PostConstruct
    void prepare() {
        settings.wipeSchedule(); // a wrong cron or zone stops the start here, with the setting's name
        settings.wipeZone();
        long shared = organisations.ensureShared();
        seeding.seedOnce(shared);
        // the batch runtime boots on first use, and must not boot inside some transaction later (it opens its own store)
        BatchRuntime.getJobOperator().getJobNames();
        LOG.info(() -> "Demo ready: shared login " + settings.login() + " in organisation " + shared);
        readiness.ready();
    }
}
