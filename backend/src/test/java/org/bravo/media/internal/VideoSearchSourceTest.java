package org.bravo.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reindex walks films by id through {@code idsAfter}: every shown film must come out, whatever its id. Rows are
 * written straight into the real PostgreSQL inside a transaction that is rolled back, so no other test sees them.
 */
@QuarkusTest
class VideoSearchSourceTest {
    private static final List<String> IDS = List.of(
            "00000000-0000-4000-8000-000000000001",
            "3fffffff-ffff-4fff-bfff-ffffffffffff",
            "7fffffff-ffff-4fff-bfff-ffffffffffff",
            "80000000-0000-4000-8000-000000000001",
            "ffffffff-ffff-4fff-bfff-fffffffffffe");

    @Inject
    VideoSearchSource source;

    @Inject
    EntityManager em;

    @Test
    void aFullWalkFindsEveryShownFilmWhateverItsId() {
        QuarkusTransaction.begin();
        try {
            em.createNativeQuery("insert into person (subject, username, display_name, search_name, first_seen_at,"
                            + " last_seen_at) values ('walk-owner', 'walk-owner', 'Walk Owner', 'walk owner', ?1, ?1)"
                            + " on conflict (subject) do nothing")
                    .setParameter(1, java.sql.Timestamp.from(Instant.now()))
                    .executeUpdate();
            for (String id : IDS) {
                em.createNativeQuery("insert into video (id, owner_subject, status, file_name, size_bytes, part_size,"
                                + " original_key, upload_id, created_at, host_type, host_id, attached_at)"
                                + " values (cast(?1 as uuid), 'walk-owner', 'ready', 'film.mp4', 1, 1, ?1, ?1, now(),"
                                + " 'post', 1, now())")
                        .setParameter(1, id)
                        .executeUpdate();
            }

            List<String> walked = new ArrayList<>();
            String after = null;
            for (List<String> page = source.idsAfter(null, 2); !page.isEmpty(); page = source.idsAfter(after, 2)) {
                walked.addAll(page);
                after = page.get(page.size() - 1);
            }

            assertThat(walked).as("ids a reindex reads, in pages of two").containsSubsequence(IDS);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
