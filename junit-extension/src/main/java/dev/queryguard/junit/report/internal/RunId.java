package dev.queryguard.junit.report.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Names the test run a JVM belongs to, so the report merges the parts of this run and drops those a previous
 * run left behind ({@code mvn verify} twice without {@code clean}).
 *
 * <p>A Surefire or Failsafe fork belongs to the Maven process that started it: every fork of one build, unit
 * and integration tests alike, names the same Maven JVM, and the next build is another process. Any other JVM
 * (an IDE run, tests run inside Maven with {@code forkCount=0}) is a run of its own. A process is named by its
 * id and start time, which no later process shares.
 */
public final class RunId {

    /** Set by Surefire's booter in every fork it starts (Failsafe uses the same booter). */
    private static final String SUREFIRE_FORK_PROPERTY = "surefire.real.class.path";
    /** The fork's parent is a shell ({@code sh -c}, {@code cmd /c}) started by Maven: look a little further. */
    private static final int MAX_ANCESTORS = 3;

    private RunId() {
    }

    /** The run of this JVM. */
    public static String current() {
        return of(ProcessHandle.current(), System.getProperty(SUREFIRE_FORK_PROPERTY) != null);
    }

    /** The run of {@code self}: the nearest Java ancestor when it is a build tool's fork, else itself. */
    public static String of(ProcessHandle self, boolean fork) {
        ProcessHandle owner = fork ? javaAncestor(self).orElse(self) : self;
        return owner.pid() + "@" + owner.info().startInstant().map(Instant::toString).orElse("unknown");
    }

    private static Optional<ProcessHandle> javaAncestor(ProcessHandle self) {
        Optional<ProcessHandle> ancestor = self.parent();
        for (int i = 0; i < MAX_ANCESTORS && ancestor.isPresent(); i++) {
            if (ancestor.get().info().command().filter(RunId::isJava).isPresent()) {
                return ancestor;
            }
            ancestor = ancestor.get().parent();
        }
        return Optional.empty();
    }

    private static boolean isJava(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("java") || name.equals("java.exe");
    }
}
