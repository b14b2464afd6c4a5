package eu.youthpass.platform.tenancy;

import eu.youthpass.account.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

@PlatformData
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PlatformDataInterceptor {

    @Inject
    DatabaseScope scope;

    @Inject
    Instance<CurrentUser> currentUser;

    @AroundInvoke
    Object scoped(InvocationContext context) throws Exception {
        scope.enterPlatform(callerId());
        return context.proceed();
    }

    private Long callerId() {
        try {
            return currentUser.get().userIdOrNull();
        } catch (ContextNotActiveException noSession) {
            return null;
        }
    }
}
