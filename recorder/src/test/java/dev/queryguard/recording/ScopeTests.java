package dev.queryguard.recording;

import dev.queryguard.ItemsFixture;
import dev.queryguard.QueryGuard;
import dev.queryguard.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeTests {

    private static ItemsFixture fixture;

    @BeforeAll
    static void createItems() throws SQLException {
        fixture = ItemsFixture.on(TestDatabase.H2);
    }

    @AfterAll
    static void dropItems() throws SQLException {
        fixture.close();
    }

    @Test
    void nestedScopesBothSeeTheInnerStatements() throws Exception {
        List<Recording> inner = new ArrayList<>();
        Recording outer = QueryGuard.record(() -> {
            select(1);
            inner.add(QueryGuard.record(() -> select(2)));
            select(3);
        });

        assertThat(inner.get(0).statements()).extracting(s -> s.boundValues().get(0)).containsExactly(2);
        assertThat(outer.statements()).extracting(s -> s.boundValues().get(0)).containsExactly(1, 2, 3);
    }

    @Test
    void aThreadScopeDoesNotSeeOtherThreads() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Recording recording = QueryGuard.record(() -> {
                select(1);
                pool.submit(() -> select(2)).get();
            });

            assertThat(recording.statements()).extracting(s -> s.boundValues().get(0)).containsExactly(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aScopeCarriedToAnotherThreadRecordsItsStatements() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            RecordingScope scope = QueryGuard.start();
            select(1);
            pool.submit(scope.wrap(() -> select(2))).get();
            pool.submit(scope.wrap(() -> {
                select(3);
                return null;
            })).get();
            CompletableFuture.runAsync(() -> select(4), scope.wrap(pool)).get();
            Recording recording = scope.stop();

            assertThat(recording.statements()).extracting(s -> s.boundValues().get(0))
                    .containsExactly(1, 2, 3, 4);
            assertThat(recording.statements()).extracting(StatementEntry::thread)
                    .filteredOn(thread -> !thread.equals(Thread.currentThread().getName())).hasSize(3);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anInnerScopeCarriedToAnotherThreadFeedsTheScopesAroundItToo() throws Exception {
        ExecutorService serverThreads = Executors.newSingleThreadExecutor();
        try {
            List<Recording> inner = new ArrayList<>();
            Recording outer = QueryGuard.record(() -> {
                RecordingScope scope = QueryGuard.start();
                serverThreads.submit(scope.wrap(() -> select(1))).get();
                inner.add(scope.stop());
            });

            assertThat(inner.get(0).statements()).extracting(s -> s.boundValues().get(0)).containsExactly(1);
            assertThat(outer.statements()).extracting(s -> s.boundValues().get(0)).containsExactly(1);
        } finally {
            serverThreads.shutdown();
        }
    }

    @Test
    void aCarriedScopeStopsRecordingWhenTheTaskEnds() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            RecordingScope scope = QueryGuard.start();
            pool.submit(scope.wrap(() -> select(1))).get();
            pool.submit(() -> select(2)).get();

            assertThat(scope.stop().statements()).extracting(s -> s.boundValues().get(0)).containsExactly(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anAllThreadsScopeRecordsPoolThreadsInTheOrderStatementsBegan() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            RecordingScope scope = QueryGuard.startAllThreads();
            select(1);
            pool.submit(() -> select(2)).get();
            pool.submit(() -> select(3)).get();
            select(4);
            Recording recording = scope.stop();
            pool.submit(() -> select(5)).get();

            assertThat(recording.statements()).extracting(s -> s.boundValues().get(0))
                    .containsExactly(1, 2, 3, 4);
            assertThat(scope.allThreads()).isTrue();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void eightThreadsRecordingAtOnceNeverSeeEachOthersStatements() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<Recording>> recordings = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                recordings.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return QueryGuard.record(() -> {
                        for (int i = 0; i < 50 + id; i++) {
                            select(1000 + id);
                        }
                    });
                }));
            }
            for (int t = 0; t < threads; t++) {
                Recording recording = recordings.get(t).get(30, TimeUnit.SECONDS);
                assertThat(recording.count()).isEqualTo(50 + t);
                assertThat(recording.statements()).extracting(s -> s.boundValues().get(0)).containsOnly(1000 + t);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aServerThreadCanBindAScopeForTheRequestItHandles() throws Exception {
        ExecutorService serverThreads = Executors.newSingleThreadExecutor();
        try {
            RecordingScope scope = QueryGuard.start();
            CountDownLatch handled = new CountDownLatch(1);
            serverThreads.submit(() -> {
                RecordingScope.Binding binding = scope.bind();
                try {
                    select(7);
                } finally {
                    binding.close();
                }
                handled.countDown();
            });
            assertThat(handled.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(scope.stop().statements()).extracting(s -> s.boundValues().get(0)).containsExactly(7);
        } finally {
            serverThreads.shutdown();
        }
    }

    @Test
    void aThreadScopeMustBeStoppedByItsOwnThread() throws Exception {
        RecordingScope scope = QueryGuard.start();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> stop = other.submit(scope::stop);

            assertThatThrownBy(stop::get).cause().isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("A recording scope must be closed by the thread that opened it");
        } finally {
            scope.stop();
            other.shutdown();
        }
    }

    @Test
    void stoppingTwiceReturnsTheSameRecording() {
        RecordingScope scope = QueryGuard.start();

        assertThatThrownBy(scope::recording).isInstanceOf(IllegalStateException.class)
                .hasMessage("The scope is still recording: call stop() first");
        Recording first = scope.stop();
        assertThat(scope.stop()).isSameAs(first);
        assertThat(scope.recording()).isSameAs(first);
    }

    private static void select(int id) {
        try (Connection connection = fixture.recorded.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select name from " + fixture.items + " where id = ?")) {
            select.setInt(1, id);
            select.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
