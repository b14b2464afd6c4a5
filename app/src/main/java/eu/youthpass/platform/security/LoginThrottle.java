package eu.youthpass.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** Failed logins: five per e-mail address and twenty per client address in fifteen minutes. */
@ApplicationScoped
public class LoginThrottle {

    private final AttemptThrottle byAccount = new AttemptThrottle(5, Duration.ofMinutes(15), Clock.systemUTC());
    private final AttemptThrottle byAddress = new AttemptThrottle(20, Duration.ofMinutes(15), Clock.systemUTC());

    public Duration waitFor(String email, String clientAddress) {
        Duration account = byAccount.waitFor(key(email));
        Duration address = byAddress.waitFor(clientAddress);
        return account.compareTo(address) >= 0 ? account : address;
    }

    public void failed(String email, String clientAddress) {
        byAccount.failed(key(email));
        byAddress.failed(clientAddress);
    }

    public void succeeded(String email, String clientAddress) {
        byAccount.succeeded(key(email));
        byAddress.succeeded(clientAddress);
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
