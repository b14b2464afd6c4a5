package eu.youthpass.certificate.bulk;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * This running instance of the platform, named once per start. The batch runtime forgets its jobs when the
 * platform stops (its repository is Payara's embedded one), so a run names the instance whose job works on it: a
 * run left marked running by an instance that is gone was interrupted and can be resumed.
 */
@ApplicationScoped
public class BatchInstance {

    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }
}
