package dev.queryguard.junit.report;

import dev.queryguard.junit.report.internal.RunId;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RunIdTests {

    @Test
    void namesTheJvmItselfOutsideABuildToolsFork() {
        ProcessHandle self = ProcessHandle.current();

        assertThat(RunId.of(self, false)).isEqualTo(RunId.of(self, false)).startsWith(self.pid() + "@20");
    }

    @Test
    void namesTheNearestJavaAncestorFromAFork() {
        // Under Maven that is Maven itself, past the shell Surefire starts its forks with: every fork of one build
        // names it, the next build is another process.
        ProcessHandle self = ProcessHandle.current();
        long owner = Long.parseLong(RunId.of(self, true).substring(0, RunId.of(self, true).indexOf('@')));

        List<ProcessHandle> ancestors = ancestors(self);
        Optional<ProcessHandle> javaAncestor = ancestors.stream().limit(3)
                .filter(process -> process.info().command().map(Path::of).map(Path::getFileName)
                        .map(Path::toString).filter(name -> name.equals("java")).isPresent())
                .findFirst();
        assertThat(owner).isEqualTo(javaAncestor.orElse(self).pid());
    }

    private static List<ProcessHandle> ancestors(ProcessHandle self) {
        List<ProcessHandle> ancestors = new ArrayList<>();
        for (Optional<ProcessHandle> parent = self.parent(); parent.isPresent(); parent = parent.get().parent()) {
            ancestors.add(parent.get());
        }
        return ancestors;
    }
}
