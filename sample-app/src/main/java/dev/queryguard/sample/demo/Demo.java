package dev.queryguard.sample.demo;

import dev.queryguard.QueryGuard;
import dev.queryguard.check.ScalingComparison;
import dev.queryguard.check.ScalingRule;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;
import dev.queryguard.sample.SampleApp;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.flags.Variant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The demo's run: for each endpoint the app serves, seed each scale, call the endpoint in its legacy and its fixed
 * variant through the real HTTP server, record what the server thread ran into a QueryGuard scope named by the
 * {@value RecordingScope#HEADER} header, and judge the recordings with QueryGuard's checks. Not thread-safe: one
 * run at a time per app.
 */
public final class Demo {

    /** The numbers of items each endpoint runs with. */
    public static final List<Integer> SCALES = List.of(2, 6);

    private final SampleApp app;
    private final HttpClient http;

    private Demo(SampleApp app) {
        this.app = app;
        this.http = HttpClient.newHttpClient();
    }

    /** Runs {@code scenarios} against {@code app}, whose flags are ignored: each request names its variant. */
    public static DemoReport run(SampleApp app, List<DemoScenario> scenarios) {
        return new Demo(app).run(scenarios);
    }

    private DemoReport run(List<DemoScenario> scenarios) {
        List<EndpointReport> endpoints = new ArrayList<>();
        List<DemoScenario> notYetServed = new ArrayList<>();
        for (DemoScenario scenario : scenarios) {
            if (send(scenario.probe(), Variant.LEGACY, null).noSuchRoute()) {
                notYetServed.add(scenario);
            } else {
                endpoints.add(run(scenario));
            }
        }
        return new DemoReport(app.database().description(), SCALES, endpoints, notYetServed);
    }

    private EndpointReport run(DemoScenario scenario) {
        Map<Variant, SortedMap<Integer, Recording>> recordings = new EnumMap<>(Variant.class);
        Map<Variant, SortedMap<Integer, DemoAnswer>> answers = new EnumMap<>(Variant.class);
        boolean sameAnswers = true;
        // Scale by scale, so that what a scale seeds is all the database holds beside the smaller scales.
        for (int n : SCALES) {
            DemoScenario.Prepared prepared = scenario.prepare(app, n);
            for (Variant variant : Variant.values()) {
                RecordingScope scope = QueryGuard.start();
                DemoAnswer answer;
                try {
                    answer = send(prepared.request(variant), variant, scope.headerValue());
                } finally {
                    scope.stop();
                }
                recordings.computeIfAbsent(variant, key -> new TreeMap<>()).put(n, scope.recording());
                answers.computeIfAbsent(variant, key -> new TreeMap<>()).put(n, answer);
            }
            sameAnswers &= scenario.comparable(answers.get(Variant.LEGACY).get(n))
                    .equals(scenario.comparable(answers.get(Variant.FIXED).get(n)));
        }
        List<VariantReport> variants = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            String subject = scenario.title() + " (" + variant.headerValue() + ")";
            ScalingComparison comparison = new ScalingRule(SCALES, 0).compare(recordings.get(variant));
            long growth = comparison.growthPerStep().stream().mapToLong(Long::longValue).sum();
            variants.add(new VariantReport(variant, recordings.get(variant), answers.get(variant), growth,
                    Verdicts.judge(scenario, subject, comparison, recordings.get(variant), answers.get(variant))));
        }
        return new EndpointReport(scenario, variants, sameAnswers);
    }

    private DemoAnswer send(DemoRequest request, Variant variant, String scope) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.baseUri().resolve(request.path()))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header(FeatureFlags.HEADER, variant.headerValue());
        if (scope != null) {
            builder.header(RecordingScope.HEADER, scope);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new DemoAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("The demo could not call " + request.method() + " " + request.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + request.path(), e);
        }
    }
}
