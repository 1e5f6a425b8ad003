package vn.hoptac.launcher;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cleanup actions run when the JVM exits, newest first.
 *
 * <p>One JVM shutdown hook runs all of them, because separate hooks run concurrently and the order
 * matters: services stop before the store, the store before Kafka, and a temporary directory is deleted
 * only after the processes using it are gone.
 */
public final class ExitSequence {

    private static final Deque<Registration> ACTIONS = new ArrayDeque<>();
    private static boolean hookInstalled;

    private ExitSequence() {
    }

    /** Runs {@code action} at JVM exit, before every action registered earlier. */
    public static synchronized Registration register(String description, Runnable action) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ExitSequence::runAll, "hoptac-exit-sequence"));
            hookInstalled = true;
        }
        Registration registration = new Registration(description, action);
        ACTIONS.push(registration);
        return registration;
    }

    private static void runAll() {
        List<Registration> newestFirst;
        synchronized (ExitSequence.class) {
            newestFirst = new ArrayList<>(ACTIONS);
            ACTIONS.clear();
        }
        for (Registration registration : newestFirst) {
            try {
                registration.action.run();
            } catch (RuntimeException e) {
                System.err.println("Exit action '" + registration.description + "' failed: " + e);
            }
        }
    }

    /** A registered action; cancel it once the owner has cleaned up by itself. */
    public static final class Registration {
        private final String description;
        private final Runnable action;

        private Registration(String description, Runnable action) {
            this.description = description;
            this.action = action;
        }

        public void cancel() {
            synchronized (ExitSequence.class) {
                ACTIONS.remove(this);
            }
        }
    }
}
