package org.bravo.guestbook.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides who reads whom in the next exchange round. The rules:
 * <ul>
 *   <li>a shop never reads itself;</li>
 *   <li>a shop does not read the same shop twice before it has read every other active shop (a "cycle"); when it has,
 *       a new cycle starts, avoiding the shop it just read when it can;</li>
 *   <li>every active shop reads exactly one other; inactive shops are left out by the caller;</li>
 *   <li>as far as the first two rules allow, every shop is also read by exactly one other (a perfect matching, found
 *       with augmenting paths); when the history makes that impossible, the left-over readers take the allowed shop
 *       with the fewest readers, so the first two rules always hold.</li>
 * </ul>
 * Pure and deterministic for a given seed, so an admin's preview shows exactly what the next round will do.
 */
public final class Pairing {
    /** One past pairing of a reader, as stored. */
    public record Past(String readShop, boolean startsCycle) {}

    /** One pairing of the new round. */
    public record Pair(String readerShop, String readShop, boolean startsCycle) {}

    private Pairing() {}

    /**
     * @param activeShops the shops taking part (any order; duplicates ignored)
     * @param history     per reader, its past pairings, newest first
     * @param seed        varies the result between rounds; the same inputs and seed give the same pairs
     */
    public static List<Pair> next(List<String> activeShops, Map<String, List<Past>> history, long seed) {
        List<String> shops = new ArrayList<>(new TreeSet<>(activeShops));
        if (shops.size() < 2) {
            return List.of();
        }
        Random random = new Random(seed);
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        Map<String, Boolean> startsCycle = new HashMap<>();
        for (String reader : shops) {
            Set<String> others = new TreeSet<>(shops);
            others.remove(reader);
            List<Past> past = history.getOrDefault(reader, List.of());
            Set<String> met = metThisCycle(past);
            met.retainAll(others);
            boolean newCycle = past.isEmpty() || met.containsAll(others);
            List<String> candidates = new ArrayList<>(others);
            if (newCycle) {
                // A fresh cycle: any other shop, but not the one just read, so nobody reads the same shop twice in a
                // row at a cycle boundary.
                if (!past.isEmpty() && candidates.size() > 1) {
                    candidates.remove(past.get(0).readShop());
                }
            } else {
                candidates.removeAll(met);
            }
            Collections.shuffle(candidates, random);
            allowed.put(reader, candidates);
            startsCycle.put(reader, newCycle);
        }

        List<String> readers = new ArrayList<>(shops);
        Collections.shuffle(readers, random);
        Map<String, String> readerOf = new HashMap<>();
        for (String reader : readers) {
            augment(reader, allowed, readerOf, new HashSet<>());
        }
        Map<String, String> targetOf = new HashMap<>();
        readerOf.forEach((target, reader) -> targetOf.put(reader, target));

        Map<String, Integer> load = new HashMap<>();
        targetOf.values().forEach(t -> load.merge(t, 1, Integer::sum));
        for (String reader : readers) {
            if (!targetOf.containsKey(reader)) {
                // No perfect matching with this history: still honour the rules, at the cost of one shop being read
                // by two others this round.
                String target = allowed.get(reader).stream()
                        .min(Comparator.comparingInt((String t) -> load.getOrDefault(t, 0)))
                        .orElseThrow();
                targetOf.put(reader, target);
                load.merge(target, 1, Integer::sum);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (String reader : shops) {
            pairs.add(new Pair(reader, targetOf.get(reader), startsCycle.get(reader)));
        }
        return pairs;
    }

    /** The shops read since the newest pairing that started a cycle (included). */
    static Set<String> metThisCycle(List<Past> newestFirst) {
        Set<String> met = new HashSet<>();
        for (Past past : newestFirst) {
            met.add(past.readShop());
            if (past.startsCycle()) {
                break;
            }
        }
        return met;
    }

    /** Kuhn's augmenting path: gives {@code reader} a target, moving earlier readers along when needed. */
    private static boolean augment(
            String reader, Map<String, List<String>> allowed, Map<String, String> readerOf, Set<String> visited) {
        for (String target : allowed.get(reader)) {
            if (!visited.add(target)) {
                continue;
            }
            String current = readerOf.get(target);
            if (current == null || augment(current, allowed, readerOf, visited)) {
                readerOf.put(target, reader);
                return true;
            }
        }
        return false;
    }
}
