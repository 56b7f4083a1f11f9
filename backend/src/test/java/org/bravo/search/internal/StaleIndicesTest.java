package org.bravo.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Old indices are dropped by whoever gets there first: the reindex that retired one (a little after the swap) and
 * the next reindex, on this backend or another, cleaning up before it starts. Neither may fail because the other
 * was quicker; in CI a reindex once failed that way.
 */
@QuarkusTest
class StaleIndicesTest {
    @Inject
    SearchIndex index;

    @Inject
    ElasticsearchClient client;

    @Test
    void twoCleanUpsOfTheSameOldIndicesBothSucceed() throws Exception {
        String live = index.ensure();
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = index.alias() + "-old-" + i + "-" + System.nanoTime();
            client.indices().create(c -> c.index(name));
            old.add(name);
        }
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<String>> cleanUp = () -> {
            start.await();
            return index.dropStale();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = List.of(pool.submit(cleanUp), pool.submit(cleanUp));
            start.countDown();
            for (Future<List<String>> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS))
                        .as("each clean-up ends without an error")
                        .isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
        // One exists-check over all the names answers false as soon as one is missing: ask about each.
        for (String name : old) {
            assertThat(client.indices().exists(e -> e.index(name)).value())
                    .as("old index %s is gone", name)
                    .isFalse();
        }
        assertThat(client.indices().exists(e -> e.index(live)).value())
                .as("the live index %s is kept", live)
                .isTrue();
        assertThat(index.current()).contains(live);
    }
}
