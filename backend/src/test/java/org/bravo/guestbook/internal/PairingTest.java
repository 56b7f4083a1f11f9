package org.bravo.guestbook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bravo.guestbook.internal.Pairing.Pair;
import org.bravo.guestbook.internal.Pairing.Past;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairingTest {

    /** Runs rounds the way the service does: each round's pairs are prepended to each reader's history. */
    private static final class Simulation {
        final Map<String, List<Past>> history = new HashMap<>();
        int round;

        List<Pair> next(List<String> shops) {
            List<Pair> pairs = Pairing.next(shops, history, 1000L + round++);
            for (Pair pair : pairs) {
                history.computeIfAbsent(pair.readerShop(), k -> new ArrayList<>())
                        .add(0, new Past(pair.readShop(), pair.startsCycle()));
            }
            return pairs;
        }
    }

    private static List<String> shops(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> String.format("shop-%02d", i))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 17, 30})
    void stableShopsMeetEveryOtherShopOncePerCycleAndAreEachReadOnce(int count) {
        List<String> shops = shops(count);
        Simulation simulation = new Simulation();
        int cycle = count - 1;
        for (int round = 0; round < 3 * cycle + 2; round++) {
            List<Pair> pairs = simulation.next(shops);

            assertThat(pairs).extracting(Pair::readerShop).containsExactlyInAnyOrderElementsOf(shops);
            assertThat(pairs).allSatisfy(p -> assertThat(p.readShop()).isNotEqualTo(p.readerShop()));
            // Each shop is also read by exactly one other: the history always allows a perfect matching here.
            assertThat(pairs).extracting(Pair::readShop).containsExactlyInAnyOrderElementsOf(shops);
            // Cycles line up with the rounds: every n-1 rounds, everyone starts a new one together.
            boolean expectedStart = round % cycle == 0;
            int current = round;
            assertThat(pairs)
                    .allSatisfy(p ->
                            assertThat(p.startsCycle()).as("round %d", current).isEqualTo(expectedStart));
        }
        for (String reader : shops) {
            List<Past> newestFirst = simulation.history.get(reader);
            List<String> oldestFirst =
                    new ArrayList<>(newestFirst.stream().map(Past::readShop).toList());
            java.util.Collections.reverse(oldestFirst);
            for (int start = 0; start + cycle <= oldestFirst.size(); start += cycle) {
                // Within each cycle, every other shop exactly once.
                Set<String> window = new TreeSet<>(oldestFirst.subList(start, start + cycle));
                Set<String> others = new TreeSet<>(shops);
                others.remove(reader);
                assertThat(window)
                        .as("%s, cycle starting at round %d", reader, start)
                        .isEqualTo(others);
            }
            if (count > 2) {
                for (int i = 1; i < oldestFirst.size(); i++) {
                    assertThat(oldestFirst.get(i))
                            .as("%s reads the same shop twice in a row", reader)
                            .isNotEqualTo(oldestFirst.get(i - 1));
                }
            }
        }
    }

    @Test
    void shopsJoiningAndLeavingNeverBreakTheRules() {
        for (long seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            List<String> pool = shops(14);
            Set<String> active = new TreeSet<>(pool.subList(0, 3 + random.nextInt(8)));
            Simulation simulation = new Simulation();
            for (int round = 0; round < 60; round++) {
                // Now and then a shop opens or closes (is set inactive).
                if (random.nextInt(4) == 0) {
                    String shop = pool.get(random.nextInt(pool.size()));
                    if (active.contains(shop) && active.size() > 2) {
                        active.remove(shop);
                    } else {
                        active.add(shop);
                    }
                }
                List<String> shops = new ArrayList<>(active);
                Map<String, List<Past>> before = copy(simulation.history);
                List<Pair> pairs = simulation.next(shops);

                assertThat(pairs).extracting(Pair::readerShop).containsExactlyInAnyOrderElementsOf(shops);
                for (Pair pair : pairs) {
                    assertThat(pair.readShop()).isNotEqualTo(pair.readerShop()).isIn(shops);
                    List<Past> past = before.getOrDefault(pair.readerShop(), List.of());
                    Set<String> met = Pairing.metThisCycle(past);
                    met.retainAll(shops);
                    Set<String> others = new HashSet<>(shops);
                    others.remove(pair.readerShop());
                    if (pair.startsCycle()) {
                        // A new cycle only once every other active shop has been read (or on a first pairing).
                        assertThat(past.isEmpty() || met.containsAll(others))
                                .as("seed %d round %d", seed, round)
                                .isTrue();
                    } else {
                        assertThat(met)
                                .as("seed %d round %d: %s repeats", seed, round, pair.readerShop())
                                .doesNotContain(pair.readShop());
                    }
                }
            }
        }
    }

    @Test
    void sameInputsAndSeedGiveTheSamePairsSoAPreviewIsWhatRuns() {
        Map<String, List<Past>> history = Map.of("shop-01", List.of(new Past("shop-02", true)));
        List<Pair> first = Pairing.next(shops(9), history, 42);
        assertThat(Pairing.next(shops(9), history, 42)).isEqualTo(first);
        Set<List<Pair>> variants = IntStream.range(0, 20)
                .mapToObj(s -> Pairing.next(shops(9), history, s))
                .collect(Collectors.toSet());
        assertThat(variants).as("different seeds vary the pairs").hasSizeGreaterThan(1);
    }

    @Test
    void fewerThanTwoShopsHaveNobodyToRead() {
        assertThat(Pairing.next(List.of(), Map.of(), 1)).isEmpty();
        assertThat(Pairing.next(List.of("solo"), Map.of(), 1)).isEmpty();
    }

    @Test
    void whenNoPerfectMatchingExistsTheRulesStillHold() {
        // a, b and c have each already read d this cycle; only d may be read by them now, apart from each other.
        Map<String, List<Past>> history = new HashMap<>();
        history.put("a", List.of(new Past("b", false), new Past("c", true)));
        history.put("b", List.of(new Past("a", false), new Past("c", true)));
        history.put("c", List.of(new Past("a", false), new Past("b", true)));
        List<Pair> pairs = Pairing.next(List.of("a", "b", "c", "d"), history, 7);
        Map<String, String> target = pairs.stream().collect(Collectors.toMap(Pair::readerShop, Pair::readShop));
        assertThat(target).containsEntry("a", "d").containsEntry("b", "d").containsEntry("c", "d");
        assertThat(target.get("d")).isIn("a", "b", "c");
        assertThat(pairs).filteredOn(p -> !p.readerShop().equals("d")).noneMatch(Pair::startsCycle);
    }

    private static Map<String, List<Past>> copy(Map<String, List<Past>> history) {
        Map<String, List<Past>> copy = new HashMap<>();
        history.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }
}
