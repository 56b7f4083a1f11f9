package org.bravo.guestbook.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bravo.guestbook.ExchangeRoundView;
import org.bravo.people.People;
import org.bravo.people.PersonSummary;
import org.bravo.shop.ShopRef;
import org.bravo.shop.Shops;

/** Exchange rounds as the exchange pages show them: shop and starter names, and each reading shop's engagement. */
@ApplicationScoped
public class ExchangeViews {
    private final ExchangeRepository repository;
    private final Shops shops;
    private final People people;

    public ExchangeViews(ExchangeRepository repository, Shops shops, People people) {
        this.repository = repository;
        this.shops = shops;
        this.people = people;
    }

    ExchangeRoundView round(ExchangeRepository.Round round) {
        return rounds(List.of(round)).get(0);
    }

    /**
     * The rounds as shown, with a fixed number of queries however many rounds there are: their pairings and
     * engagement in one, the shops' and starters' names in one each.
     */
    List<ExchangeRoundView> rounds(List<ExchangeRepository.Round> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ExchangeRepository.PairingRow>> pairingsByRound = new HashMap<>();
        List<String> codes = new ArrayList<>();
        for (ExchangeRepository.PairingRow row : repository.pairings(
                rounds.stream().map(ExchangeRepository.Round::id).toList())) {
            pairingsByRound
                    .computeIfAbsent(row.roundId(), k -> new ArrayList<>())
                    .add(row);
            codes.add(row.readerShop());
            codes.add(row.readShop());
        }
        Map<String, ShopRef> refs = shops.refs(codes);
        Set<String> starters = rounds.stream()
                .map(ExchangeRepository.Round::startedBy)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, PersonSummary> startedBy = starters.isEmpty() ? Map.of() : people.summaries(starters);
        return rounds.stream()
                .map(round -> {
                    List<ExchangeRoundView.Pairing> pairings =
                            pairingsByRound.getOrDefault(round.id(), List.of()).stream()
                                    .map(row -> new ExchangeRoundView.Pairing(
                                            ref(refs, row.readerShop()),
                                            ref(refs, row.readShop()),
                                            row.startsCycle(),
                                            row.comments() + row.bravos() > 0,
                                            row.comments(),
                                            row.bravos()))
                                    .toList();
                    int engaged = (int) pairings.stream()
                            .filter(ExchangeRoundView.Pairing::engaged)
                            .count();
                    ExchangePeriod period = ExchangePeriod.parse(round.period()).orElse(ExchangePeriod.MONTHLY);
                    LocalDate start = round.periodStart();
                    return new ExchangeRoundView(
                            round.number(),
                            start,
                            period.next(start).minusDays(1),
                            period.id(),
                            round.startedAt(),
                            round.trigger(),
                            round.startedBy() == null ? null : startedBy.get(round.startedBy()),
                            pairings,
                            engaged);
                })
                .toList();
    }

    /** A code the shops module does not know (any more) still shows, as itself. */
    static ShopRef ref(Map<String, ShopRef> refs, String code) {
        return refs.getOrDefault(code, new ShopRef(code, code));
    }
}
