package org.bravo.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The one way Bravo's benchmarks measure: every scenario is warmed up for the same time, then all are run in turn,
 * round after round (A, B, A, B…), each run the same duration at the same concurrency; a ratio is taken within each
 * round, between runs seconds apart, and reported as the median of the rounds with its spread. A machine that slows
 * down for a minute then shows as spread instead of shifting one side only.
 */
final class Rounds {
    private final int rounds;
    private final int seconds;
    private final int warmupSeconds;

    Rounds(int rounds, int seconds, int warmupSeconds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("At least one round");
        }
        this.rounds = rounds;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
    }

    int rounds() {
        return rounds;
    }

    int seconds() {
        return seconds;
    }

    int warmupSeconds() {
        return warmupSeconds;
    }

    /** Warms every load up (JIT, caches, connection pools) before measuring any, then measures them in rounds. */
    List<Run> measure(List<? extends Load> loads) throws Exception {
        for (Load load : loads) {
            load.run(warmupSeconds, 0);
        }
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Load load : loads) {
                Run run = load.run(seconds, round);
                System.out.printf(
                        "round %d, %s: %d requests, p50 %.2f ms, p95 %.2f ms%n",
                        round, run.scenario(), run.requests(), run.p50(), run.p95());
                runs.add(run);
            }
        }
        return runs;
    }

    /** A figure of one scenario divided by the same figure of another, within each round. */
    record Ratio(String name, String numerator, String denominator, String metric, List<Double> perRound) {
        double median() {
            return Rounds.median(perRound);
        }

        double min() {
            return perRound.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return perRound.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    static Ratio ratio(
            String name,
            List<Run> runs,
            String numerator,
            String denominator,
            String metric,
            ToDoubleFunction<Run> figure) {
        List<Double> perRound = new ArrayList<>();
        for (Run top : runs) {
            if (!top.scenario().equals(numerator)) {
                continue;
            }
            Run bottom = runs.stream()
                    .filter(r -> r.round() == top.round() && r.scenario().equals(denominator))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + denominator + " in round " + top.round()));
            perRound.add(figure.applyAsDouble(top) / figure.applyAsDouble(bottom));
        }
        if (perRound.isEmpty()) {
            throw new IllegalStateException("No run of " + numerator);
        }
        return new Ratio(name, numerator, denominator, metric, perRound);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
