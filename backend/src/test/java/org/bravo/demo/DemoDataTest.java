package org.bravo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {
    private final Set<String> usernames =
            DemoData.PEOPLE.stream().map(p -> p[1]).collect(Collectors.toSet());
    private final Set<String> shops = DemoData.SHOPS.stream().map(s -> s[0]).collect(Collectors.toSet());

    @Test
    void aLivingPlatformAcrossADozenShops() {
        assertThat(DemoData.SHOPS).hasSize(12);
        assertThat(DemoData.POSTS.stream().map(DemoData.DemoPost::kind).distinct())
                .containsExactlyInAnyOrder("practice", "idea", "irritant");
        assertThat(DemoData.POSTS.stream().filter(p -> !p.comments().isEmpty())).hasSizeGreaterThan(5);
    }

    @Test
    void everyReferenceResolves() {
        for (String[] person : DemoData.PEOPLE) {
            assertThat(person[3].isEmpty() || shops.contains(person[3]))
                    .as(person[1])
                    .isTrue();
        }
        for (DemoData.DemoPost post : DemoData.POSTS) {
            assertThat(usernames).contains(post.author());
            assertThat(usernames).containsAll(post.bravos());
            assertThat(post.bravos()).as("nobody applauds their own post").doesNotContain(post.author());
            assertThat(post.title().length()).isLessThanOrEqualTo(140);
            assertThat(post.kind().equals("practice")).isEqualTo(post.status() == null);
            assertThat(post.comments().isEmpty() || !post.comments().get(0).reply())
                    .isTrue();
            for (DemoData.DemoComment comment : post.comments()) {
                assertThat(usernames).contains(comment.author());
                assertThat(usernames).containsAll(DemoData.mentionsIn(comment.body()));
            }
            if ("declined".equals(post.status())) {
                assertThat(post.reason()).isNotBlank();
            }
        }
    }

    @Test
    void theReviewQueueOfTheDemoHoldsReportsBelowTheHidingThreshold() {
        DemoData.DemoPost reported = DemoData.POSTS.stream()
                .filter(p -> p.title().equals(DemoData.REPORTED_TITLE))
                .findFirst()
                .orElseThrow();
        // Below the default threshold of three: moderators find it in the queue, still visible to everyone.
        assertThat(DemoData.REPORTS).hasSize(2);
        for (String[] report : DemoData.REPORTS) {
            assertThat(usernames).contains(report[0]);
            assertThat(report[0]).as("nobody reports their own post").isNotEqualTo(reported.author());
            assertThat(report[1]).isIn("spam", "inappropriate", "customer_privacy", "wrong_information", "other");
        }
        assertThat(DemoData.WATCH_WORDS).extracting(w -> w[1]).containsExactlyInAnyOrder("hold", "block", "flag");
        // No demo text trips over the demo's own watch words.
        for (DemoData.DemoPost post : DemoData.POSTS) {
            for (String[] word : DemoData.WATCH_WORDS) {
                assertThat(org.bravo.moderation.WatchWords.normalize(post.title() + " " + post.body()))
                        .doesNotContain(org.bravo.moderation.WatchWords.normalize(word[0]));
            }
        }
    }

    @Test
    void guestbookEntriesAreWrittenByMembersOfAShopAndApplaudedByOthers() {
        assertThat(DemoData.ENTRIES.stream().map(DemoData.DemoEntry::kind).distinct())
                .containsExactlyInAnyOrder("experiment", "customer_moment", "team_note");
        for (DemoData.DemoEntry entry : DemoData.ENTRIES) {
            String[] author = DemoData.PEOPLE.stream()
                    .filter(p -> p[1].equals(entry.author()))
                    .findFirst()
                    .orElseThrow();
            assertThat(author[3])
                    .as("%s has a shop to write in", entry.author())
                    .isNotEmpty();
            assertThat(usernames).containsAll(entry.bravos());
            assertThat(entry.bravos()).doesNotContain(entry.author()).doesNotHaveDuplicates();
            entry.comments().forEach(c -> assertThat(usernames).contains(c.author()));
        }
    }

    @Test
    void demoLoginsKeepTheIdsTheRealmGivesThem() {
        assertThat(DemoData.subjectOf("camille")).isEqualTo("7c0f3a52-1b8e-4d55-9a51-0c6d2a000001");
        assertThat(DemoData.linkMentions("merci @camille")).isEqualTo("merci [@camille](/people/camille)");
    }
}
