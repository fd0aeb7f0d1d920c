package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.RunId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunIdTests {

    @Test
    void namesOneRunForTheWholeJvm() {
        assertThat(RunId.current()).isEqualTo(RunId.current()).matches("\\d+@.+");
    }

    @Test
    void namesTheMavenProcessFromASurefireFork() {
        // These tests run in a Surefire fork (its booter sets the property); in an IDE the JVM is its own run.
        long owner = Long.parseLong(RunId.current().substring(0, RunId.current().indexOf('@')));
        if (System.getProperty("surefire.real.class.path") != null) {
            assertThat(owner).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(ProcessHandle.current().parent().flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                    .filter(pid -> pid == owner).or(() -> ProcessHandle.current().parent().map(ProcessHandle::pid)
                            .filter(pid -> pid == owner)))
                    .as("the owner is the fork's parent or grandparent (past the shell Surefire starts it with)")
                    .isPresent();
        } else {
            assertThat(owner).isEqualTo(ProcessHandle.current().pid());
        }
    }
}
