package eu.youthpass.platform.tenancy;

import eu.youthpass.account.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs inside the transaction ({@code @Transactional} has a lower priority) and scopes it to the caller. */
@TenantData
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantDataInterceptor {

    @Inject
    DatabaseScope scope;

    @Inject
    CurrentUser currentUser;

    @AroundInvoke
    Object scoped(InvocationContext context) throws Exception {
        scope.enterOrganisation(currentUser.organisationIdOrNull(), currentUser.userIdOrNull());
        return context.proceed();
    }
}
