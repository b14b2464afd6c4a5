package eu.youthpass.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** Unique, realistic test people, so tests never collide in the shared test database. */
public final class People {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private People() {
    }

    public static String email(String who) {
        return who + "." + RUN + "." + NEXT.incrementAndGet() + "@example.org";
    }

    /** An organisation name no other test uses, so "this name is not on the page" means what it says. */
    public static String organisation(String name) {
        return name + " " + RUN.toUpperCase(java.util.Locale.ROOT) + "-" + NEXT.incrementAndGet();
    }
}
