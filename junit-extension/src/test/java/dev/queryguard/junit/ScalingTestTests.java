package dev.queryguard.junit;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.queryguard.capture.internal.CacheHits;
import dev.queryguard.http.ScopeHeaderFilter;
import dev.queryguard.junit.Orders.Database;
import dev.queryguard.recording.CacheKind;
import dev.queryguard.recording.RecordingScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

class ScalingTestTests {

    /** The tables of the running test; the fixtures below read them. */
    private static Orders orders;
    /** What {@link #fillCachePerOrder()} has cached: a cache that outlives a scale, as an application's would. */
    private static final Set<Integer> CACHED_ORDERS = ConcurrentHashMap.newKeySet();
    /** The server the over-HTTP fixture sends its requests to. */
    private static OrdersServer ordersServer;

    @AfterEach
    void dropTables() {
        if (orders != null) {
            orders.close();
            orders = null;
        }
        CACHED_ORDERS.clear();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsTheLastScaleWhenEachOrderLoadsItsItemOnItsOwn(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(NPlusOneTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("2 items"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("3 items"), finishedWithFailure(
                        instanceOf(AssertionFailedError.class), message("""
                                Expected the statements of NPlusOneTestCase.listsOrders() not to grow with the number\
                                 of items,
                                but at 2 items it ran 3 statements and at 3 items 4 (+1 per item):
                                  2 → 3  +1 per item  select item_id from %s where id = ?
                                                      first at ScalingTestTests.java:%d\
                                 (ScalingTestTests.loadOneByOne)"""
                                .formatted(orders.table(), SourceLines.lineOf(ScalingTestTests.class, "// N+1"))))));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesWhenOneJoinLoadsTheItemsOfAllOrders(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(JoinTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void allowsTheGrowthOfItsSlope(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(WithinSlopeTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void failsBeyondItsSlopeCountingCacheLoads(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(BeyondSlopeTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected the statements of BeyondSlopeTestCase.listsOrders() not to grow by more than 1 statement per\
                 item,
                but at 2 items it ran 5 statements and at 3 items 7 (+2 per item):
                  2 → 3  +1 per item  select item_id from %s where id = ?
                                      first at ScalingTestTests.java:%d (ScalingTestTests.loadAndCachePerOrder)
                  2 → 3  +1 per item  cached COLLECTION Order.lines
                                      first at ScalingTestTests.java:%d (ScalingTestTests.loadAndCachePerOrder)
                Loads served from an ORM cache count as statements: a cold cache runs them."""
                .formatted(orders.table(), SourceLines.lineOf(ScalingTestTests.class, "// item, then"),
                        SourceLines.lineOf(ScalingTestTests.class, "// its lines")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void countsLoadsServedFromTheOrmCache(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(CachedTestCase.class);

        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected the statements of CachedTestCase.listsOrders() not to grow with the number of items,
                but at 2 items it ran 3 statements and at 3 items 4 (+1 per item):
                  2 → 3  +1 per item  cached COLLECTION Order.lines
                                      first at ScalingTestTests.java:%d (ScalingTestTests.cacheHitPerOrder)
                Loads served from an ORM cache count as statements: a cold cache runs them."""
                .formatted(SourceLines.lineOf(ScalingTestTests.class, "// cache hit")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void countsACacheFilledByTheActionWithoutWarmUp(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(ColdCacheTestCase.class);

        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected the statements of ColdCacheTestCase.listsOrders() not to grow with the number of items,
                but at 2 items it ran 3 statements and at 3 items 4 (+1 per item):
                  2 → 3  +1 per item  select item_id from %s where id = ?
                                      first at ScalingTestTests.java:%d (ScalingTestTests.fillCachePerOrder)"""
                .formatted(orders.table(), SourceLines.lineOf(ScalingTestTests.class, "// cache miss")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void warmsTheActionUpSoThatFillingCachesDoesNotCountAsGrowth(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(WarmedUpTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void showsTheCountsOfEveryScale(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(ThreeScalesTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("4 items"), finishedWithFailure(
                message("""
                        Expected the statements of ThreeScalesTestCase.listsOrders() not to grow with the number of\
                         items,
                        but at 1 item it ran 2 statements, at 2 items 3 and at 4 items 5 (+1 per item):
                          1 → 2 → 4  +1 per item  select item_id from %s where id = ?
                                                  first at ScalingTestTests.java:%d (ScalingTestTests.loadOneByOne)"""
                        .formatted(orders.table(), SourceLines.lineOf(ScalingTestTests.class, "// N+1"))))));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void keepsTheScalesOfEachMethodApart(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(TwoMethodsTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(3).failed(1));
        assertThat(Kit.failureMessage(results))
                .startsWith("Expected the statements of TwoMethodsTestCase.listsOrdersOneByOne() not to grow");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void runsItsScalesOneAfterTheOtherWhenTestsRunInParallel(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(NPlusOneTestCase.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent"));

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(Kit.failureMessage(results)).contains("but at 2 items it ran 3 statements and at 3 items 4");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void countsTheStatementsOfServerThreadsWhoseRequestsNameTheScale(Database database) throws IOException {
        orders = Orders.on(database);

        EngineExecutionResults results;
        try (OrdersServer server = new OrdersServer()) {
            ordersServer = server;
            results = Kit.run(OverHttpTestCase.class);
        } finally {
            ordersServer = null;
        }

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected the statements of OverHttpTestCase.listsOrders() not to grow with the number of items,
                but at 2 items it ran 3 statements and at 3 items 4 (+1 per item):
                  2 → 3  +1 per item  select item_id from %s where id = ?
                                      first at ScalingTestTests.java:%d (ScalingTestTests.loadOneByOne)"""
                .formatted(orders.table(), SourceLines.lineOf(ScalingTestTests.class, "// N+1")));
    }

    @Test
    void refusesTheScalesHeaderOutsideTheRecordedBlock() {
        EngineExecutionResults results = Kit.run(HeaderOutsideRecordTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("2 items"), finishedWithFailure(
                instanceOf(IllegalStateException.class),
                message("HeaderOutsideRecordTestCase.lists() asked for scale.headerValue() outside"
                        + " scale.record(...): only the block's requests count at a scale"))));
    }

    @Test
    void refusesScalesThatDoNotIncrease() {
        assertMisuse(DecreasingScalesTestCase.class, "@ScalingTest(scales = {3, 2}) on"
                + " DecreasingScalesTestCase.lists(): scales must be strictly increasing: 3 then 2");
    }

    @Test
    void refusesScalesBelowOne() {
        assertMisuse(ZeroScaleTestCase.class,
                "@ScalingTest(scales = {0, 2}) on ZeroScaleTestCase.lists(): scales must be at least 1: 0");
    }

    @Test
    void refusesASingleScale() {
        assertMisuse(SingleScaleTestCase.class,
                "@ScalingTest(scales = {3}) on SingleScaleTestCase.lists(): scales must hold at least two to compare: 3");
    }

    @Test
    void refusesANegativeSlope() {
        assertMisuse(NegativeSlopeTestCase.class,
                "@ScalingTest(slope = -1) on NegativeSlopeTestCase.lists(): slope must not be negative: -1");
    }

    @Test
    void refusesAMethodWithoutAScale() {
        assertMisuse(NoScaleTestCase.class, "@ScalingTest on NoScaleTestCase.lists(): the method must take a Scale"
                + " parameter, create scale.n() items and record its action with scale.record(() -> ...)");
    }

    @Test
    void failsEachScaleThatRecordedNothing() {
        EngineExecutionResults results = Kit.run(NothingRecordedTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("2 items"), finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("NothingRecordedTestCase.lists() recorded nothing at 2 items: record the action whose"
                        + " statements must not grow with scale.record(() -> ...)"))));
    }

    @Test
    void refusesASecondRecordingAtOneScale() {
        EngineExecutionResults results = Kit.run(RecordedTwiceTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("2 items"), finishedWithFailure(
                instanceOf(IllegalStateException.class),
                message("RecordedTwiceTestCase.lists() called scale.record(...) twice at 2 items: only one block per"
                        + " scale is compared, so record the action once"))));
    }

    private static void assertMisuse(Class<?> testCase, String expectedMessage) {
        EngineExecutionResults results = Kit.run(testCase);

        results.containerEvents().assertThatEvents().haveExactly(1, finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class), message(expectedMessage)));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    /** The N+1: the orders, then one statement per order. */
    static void loadOneByOne() {
        for (int id : orders.ids()) {
            orders.itemOf(id); // N+1
        }
    }

    static void loadAtOnce() {
        orders.itemsOfAll();
    }

    static void loadAndCachePerOrder() {
        for (int id : orders.ids()) {
            orders.itemOf(id); // item, then
            CacheHits.record(CacheKind.COLLECTION, "Order.lines", "Order#" + id); // its lines
        }
    }

    static void cacheHitPerOrder() {
        for (int id : orders.ids()) {
            CacheHits.record(CacheKind.COLLECTION, "Order.lines", "Order#" + id); // cache hit
        }
    }

    /** Loads each order the application has not seen before, and keeps it. */
    static void fillCachePerOrder() {
        for (int id : orders.ids()) {
            if (CACHED_ORDERS.add(id)) {
                orders.itemOf(id); // cache miss
            }
        }
    }

    @QueryGuardTest
    static class NPlusOneTestCase {
        @ScalingTest
        void listsOrders(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::loadOneByOne);
        }
    }

    static class JoinTestCase {
        @ScalingTest
        void listsOrders(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::loadAtOnce);
        }
    }

    static class WithinSlopeTestCase {
        @ScalingTest(slope = 1)
        void listsOrders(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::loadOneByOne);
        }
    }

    static class BeyondSlopeTestCase {
        @ScalingTest(slope = 1)
        void listsOrders(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::loadAndCachePerOrder);
        }
    }

    static class CachedTestCase {
        @ScalingTest
        void listsOrders(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::cacheHitPerOrder);
        }
    }

    static class ColdCacheTestCase {
        @ScalingTest
        void listsOrders(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::fillCachePerOrder);
        }
    }

    static class WarmedUpTestCase {
        @ScalingTest(warmUp = true)
        void listsOrders(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::fillCachePerOrder);
        }
    }

    static class ThreeScalesTestCase {
        @ScalingTest(scales = {1, 2, 4})
        void listsOrders(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::loadOneByOne);
        }
    }

    static class TwoMethodsTestCase {
        @ScalingTest
        void listsOrdersOneByOne(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::loadOneByOne);
        }

        @ScalingTest
        void listsOrdersAtOnce(Scale scale) {
            orders.replaceWith(scale.n());
            scale.record(ScalingTestTests::loadAtOnce);
        }
    }

    static class DecreasingScalesTestCase {
        @ScalingTest(scales = {3, 2})
        void lists(Scale scale) {
        }
    }

    static class ZeroScaleTestCase {
        @ScalingTest(scales = {0, 2})
        void lists(Scale scale) {
        }
    }

    static class SingleScaleTestCase {
        @ScalingTest(scales = 3, slope = 1)
        void lists(Scale scale) {
        }
    }

    static class NegativeSlopeTestCase {
        @ScalingTest(slope = -1)
        void lists(Scale scale) {
        }
    }

    static class NoScaleTestCase {
        @ScalingTest
        void lists() {
        }
    }

    static class NothingRecordedTestCase {
        @ScalingTest
        void lists(Scale scale) {
        }
    }

    /** Serves {@code GET /orders} on a server thread, loading the orders one by one. */
    static final class OrdersServer implements AutoCloseable {
        private final HttpServer server;
        private final HttpClient client = HttpClient.newHttpClient();

        OrdersServer() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            HttpContext context = server.createContext("/orders", exchange -> {
                try (exchange) {
                    loadOneByOne();
                    exchange.sendResponseHeaders(204, -1);
                }
            });
            context.getFilters().add(new ScopeHeaderFilter());
            server.setExecutor(Executors.newSingleThreadExecutor());
            server.start();
        }

        void getOrders(String scopeHeaderValue) throws IOException, InterruptedException {
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                    + "/orders")).header(RecordingScope.HEADER, scopeHeaderValue).build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    static class OverHttpTestCase {
        @ScalingTest
        void listsOrders(Scale scale) throws Exception {
            orders.replaceWith(scale.n());
            scale.record(() -> ordersServer.getOrders(scale.headerValue()));
        }
    }

    static class HeaderOutsideRecordTestCase {
        @ScalingTest
        void lists(Scale scale) {
            scale.headerValue();
        }
    }

    static class RecordedTwiceTestCase {
        @ScalingTest
        void lists(Scale scale) {
            scale.record(() -> { });
            scale.record(() -> { });
        }
    }
}
