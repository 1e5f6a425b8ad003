package vn.hoptac.launcher;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Optional;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs another main class as a well-behaved child: it exits (running its shutdown hooks) as soon as the
 * parent process is gone, and it leaves Ctrl-C to the parent.
 *
 * <p>Shutdown hooks stop child processes on a normal exit or Ctrl-C, but not when the parent is killed
 * hard (kill -9, a build tool killing a hung test JVM); without this guard a broker would keep its ports.
 * A terminal sends Ctrl-C's SIGINT to the whole process group, children included: ignoring it lets the
 * parent stop its children in order (services, then the store, then Kafka) with SIGTERM.
 * Usage: {@code OrphanGuard <parent pid> <main class> [args...]}.
 */
public final class OrphanGuard {

    private OrphanGuard() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: OrphanGuard <parent pid> <main class> [args...]");
            System.exit(2);
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(args[0]));
        if (parent.isEmpty()) {
            System.err.println("Parent process " + args[0] + " is already gone: not starting " + args[1]);
            System.exit(1);
        }
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
        parent.get().onExit().thenRun(() -> {
            System.err.println("Parent process " + args[0] + " is gone: shutting down");
            System.exit(0);
        });
        try {
            Class.forName(args[1])
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
