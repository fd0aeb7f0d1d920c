package dev.queryguard.junit.internal;

import dev.queryguard.check.NPlusOneCheck;
import dev.queryguard.junit.DetectNPlusOne;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

import java.util.List;

/**
 * Detects N+1 loads in a test under {@link DetectNPlusOne}, or in every test when {@value DetectNPlusOne#SETTING}
 * is {@code true}; the nearest annotation wins over the setting.
 */
final class NPlusOneTestCheck implements TestCheck {

    @Override
    public List<AssertionFailedError> check(TestRecording test, ExtensionContext context) {
        boolean byDefault = NPlusOneSetting.enabled(context);
        boolean enabled = AnnotatedLevel.nearest(context, DetectNPlusOne.class)
                .map(found -> found.annotation().value())
                .orElse(byDefault);
        if (!enabled) {
            return List.of();
        }
        return NPlusOneCheck.check(test.testName(), test.recording())
                .map(Failures::toAssertion)
                .stream().toList();
    }
}
