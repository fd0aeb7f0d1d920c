package dev.queryguard.junit;

import dev.queryguard.junit.Orders.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScalingScenarioTests {

    /** The tables of the running test; the fixtures below read them. */
    private static Orders orders;
    private static final Set<Integer> CACHED_ORDERS = ConcurrentHashMap.newKeySet();

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
    void failsWhenEachOrderLoadsItsItemOnItsOwn(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(NPlusOneTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(Kit.failureMessage(results)).isEqualTo("""
                Expected the statements of NPlusOneTestCase.listsOrders() not to grow with the number of items,
                but at 2 items it ran 3 statements and at 3 items 4 (+1 per item):
                  2 → 3  +1 per item  select item_id from %s where id = ?
                                      first at ScalingScenarioTests.java:%d (ScalingScenarioTests.loadOneByOne)"""
                .formatted(orders.table(), SourceLines.lineOf(ScalingScenarioTests.class, "// N+1")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesWhenOneJoinLoadsTheItemsOfAllOrders(Database database) {
        orders = Orders.on(database);

        EngineExecutionResults results = Kit.run(JoinTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void rollsEachScaleBackInTheTransactionOfItsWrapper(Database database) {
        orders = Orders.on(database);

        assertThatThrownBy(() -> Scaling.scenario()
                .populate(orders::insert)
                .aroundEachScale(orders::rolledBack)
                .action(ScalingScenarioTests::loadOneByOne)
                .as("listing orders")
                .assertNoNPlusOne())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("""
                        Expected the statements of listing orders not to grow with the number of items,
                        but at 2 items it ran 3 statements and at 3 items 4 (+1 per item):""");
        Scaling.scenario()
                .populate(orders::insert)
                .aroundEachScale(orders::rolledBack)
                .action(ScalingScenarioTests::loadAtOnce)
                .assertNoNPlusOne();
        assertThat(orders.count()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void cleansUpAfterEachScale(Database database) {
        orders = Orders.on(database);
        List<Integer> cleaned = new ArrayList<>();

        Scaling.scenario()
                .populate(orders::insert)
                .afterEachScale(n -> {
                    cleaned.add(n);
                    orders.replaceWith(0);
                })
                .action(ScalingScenarioTests::loadAtOnce)
                .assertNoNPlusOne();

        assertThat(cleaned).containsExactly(2, 3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void allowsTheGrowthOfItsSlopeAndNoMore(Database database) {
        orders = Orders.on(database);

        Scaling.scenario().populate(orders::replaceWith).slope(1).action(ScalingScenarioTests::loadOneByOne)
                .assertNoNPlusOne();
        assertThatThrownBy(() -> Scaling.scenario().populate(orders::replaceWith).slope(1)
                .action(ScalingScenarioTests::loadTwicePerOrder).assertNoNPlusOne())
                .hasMessage("""
                        Expected the statements of ScalingScenarioTests.allowsTheGrowthOfItsSlopeAndNoMore() not to\
                         grow by more than 1 statement per item,
                        but at 2 items it ran 5 statements and at 3 items 7 (+2 per item):
                          4 → 6  +2 per item  select item_id from %s where id = ?
                                              first at ScalingScenarioTests.java:%d\
                         (ScalingScenarioTests.loadTwicePerOrder)"""
                        .formatted(orders.table(), SourceLines.lineOf(ScalingScenarioTests.class, "// twice")));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void warmsTheActionUpSoThatFillingCachesDoesNotCountAsGrowth(Database database) {
        orders = Orders.on(database);

        Scaling.scenario().populate(orders::replaceWith).warmUp().action(ScalingScenarioTests::fillCachePerOrder)
                .assertNoNPlusOne();
        CACHED_ORDERS.clear();
        assertThatThrownBy(() -> Scaling.scenario().populate(orders::replaceWith)
                .action(ScalingScenarioTests::fillCachePerOrder).assertNoNPlusOne())
                .isInstanceOf(AssertionFailedError.class);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void passesTheScenariosExceptionsThroughUnchangedAndStillCleansUp(Database database) {
        orders = Orders.on(database);
        SQLException broken = new SQLException("connection reset");
        List<Integer> cleaned = new ArrayList<>();

        assertThatThrownBy(() -> Scaling.scenario()
                .populate(n -> {
                    if (n == 3) {
                        throw broken;
                    }
                    orders.replaceWith(n);
                })
                .aroundEachScale(scale -> {
                    try {
                        scale.run();
                    } catch (Exception e) {
                        throw new IllegalStateException("transaction rolled back", e);
                    }
                })
                .afterEachScale(cleaned::add)
                .action(ScalingScenarioTests::loadAtOnce)
                .assertNoNPlusOne())
                .isSameAs(broken);
        assertThat(cleaned).containsExactly(2, 3);
    }

    @Test
    void refusesAWrapperThatDoesNotRunTheScaleOnce() {
        assertThatIllegalStateException().isThrownBy(() -> Scaling.scenario()
                        .populate(n -> { })
                        .aroundEachScale(scale -> { })
                        .action(() -> { })
                        .assertNoNPlusOne())
                .withMessage("aroundEachScale(...) must run the scale it is given exactly once; at 2 items it ran it"
                        + " 0 times");
        assertThatIllegalStateException().isThrownBy(() -> Scaling.scenario()
                        .populate(n -> { })
                        .aroundEachScale(scale -> {
                            scale.run();
                            scale.run();
                        })
                        .action(() -> { })
                        .assertNoNPlusOne())
                .withMessage("aroundEachScale(...) must run the scale it is given exactly once; at 2 items it ran it"
                        + " 2 times");
    }

    @Test
    void refusesScalesAndSlopesThatCannotBeCompared() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scaling.scenario().scales(3, 2))
                .withMessage("scales must be strictly increasing: 3 then 2");
        assertThatIllegalArgumentException().isThrownBy(() -> Scaling.scenario().scales(0, 2))
                .withMessage("scales must be at least 1: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Scaling.scenario().scales(3))
                .withMessage("scales must hold at least two to compare: 3");
        assertThatIllegalArgumentException().isThrownBy(() -> Scaling.scenario().slope(-1))
                .withMessage("slope must not be negative: -1");
    }

    @Test
    void needsItemsAndAnAction() {
        assertThatIllegalStateException().isThrownBy(() -> Scaling.scenario().action(() -> { }).assertNoNPlusOne())
                .withMessage("A scaling scenario needs populate(n -> ...) to create n items and action(() -> ...) to"
                        + " record at each scale");
    }

    /** The N+1: the orders, then one statement per order. */
    static void loadOneByOne() {
        for (int id : orders.ids()) {
            orders.itemOf(id); // N+1
        }
    }

    static void loadTwicePerOrder() {
        for (int id : orders.ids()) {
            orders.itemOf(id); // twice
            orders.itemOf(id);
        }
    }

    static void loadAtOnce() {
        orders.itemsOfAll();
    }

    /** Loads each order the application has not seen before, and keeps it. */
    static void fillCachePerOrder() {
        for (int id : orders.ids()) {
            if (CACHED_ORDERS.add(id)) {
                orders.itemOf(id);
            }
        }
    }

    static class NPlusOneTestCase {
        @Test
        void listsOrders() {
            Scaling.scenario()
                    .populate(orders::replaceWith)
                    .action(ScalingScenarioTests::loadOneByOne)
                    .assertNoNPlusOne();
        }
    }

    static class JoinTestCase {
        @Test
        void listsOrders() {
            Scaling.scenario()
                    .populate(orders::replaceWith)
                    .action(ScalingScenarioTests::loadAtOnce)
                    .assertNoNPlusOne();
        }
    }
}
