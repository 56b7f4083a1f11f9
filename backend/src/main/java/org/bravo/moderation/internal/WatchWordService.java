package org.bravo.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bravo.moderation.AuditLog;
import org.bravo.moderation.AuditRecord;
import org.bravo.moderation.Screening;
import org.bravo.moderation.WatchWordImportResult;
import org.bravo.moderation.WatchWordRequest;
import org.bravo.moderation.WatchWordView;
import org.bravo.platform.error.ApiException;
import org.bravo.platform.error.ErrorCode;
import org.bravo.platform.error.FieldCode;
import org.bravo.platform.error.FieldErrors;
import org.bravo.platform.error.Problem;

/** The watch-word list (admins) and the matcher built from it. */
@ApplicationScoped
public class WatchWordService {
    static final int MAX_PHRASE = 100;
    static final Set<String> ACTIONS = Set.of(Screening.BLOCK, Screening.HOLD, Screening.FLAG);
    /** Another backend's change reaches this one's matcher within this delay; this backend's own at once. */
    static final Duration MATCHER_TTL = Duration.ofSeconds(10);

    @Inject
    WatchWordRepository words;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private volatile WatchWordMatcher matcher;
    private volatile Instant matcherBuiltAt = Instant.EPOCH;

    public WatchWordMatcher matcher() {
        WatchWordMatcher current = matcher;
        Instant now = clock.instant();
        if (current == null || matcherBuiltAt.plus(MATCHER_TTL).isBefore(now)) {
            current = new WatchWordMatcher(words.listAll().stream()
                    .map(w -> new WatchWordMatcher.Rule(w.phrase, w.action))
                    .toList());
            matcher = current;
            matcherBuiltAt = now;
        }
        return current;
    }

    public List<WatchWordView> list() {
        return words.list("order by normalized").stream()
                .map(WatchWordService::view)
                .toList();
    }

    @Transactional
    public WatchWordView create(WatchWordRequest request, String actor) {
        String normalized = validate(request);
        if (words.count("normalized", normalized) > 0) {
            throw exists(request.phrase());
        }
        WatchWord word = new WatchWord();
        word.phrase = request.phrase().strip();
        word.normalized = normalized;
        word.action = request.action();
        word.createdAt = clock.instant();
        word.createdBy = actor;
        words.persist(word);
        audit.record(AuditRecord.admin(actor, "watch_word.create", null, state(word)));
        changed();
        return view(word);
    }

    @Transactional
    public WatchWordView update(long id, WatchWordRequest request, String actor) {
        WatchWord word = require(id);
        String normalized = validate(request);
        if (words.count("normalized = ?1 and id <> ?2", normalized, id) > 0) {
            throw exists(request.phrase());
        }
        Map<String, Object> before = state(word);
        word.phrase = request.phrase().strip();
        word.normalized = normalized;
        word.action = request.action();
        audit.record(AuditRecord.admin(actor, "watch_word.update", before, state(word)));
        changed();
        return view(word);
    }

    @Transactional
    public void delete(long id, String actor) {
        WatchWord word = require(id);
        audit.record(AuditRecord.admin(actor, "watch_word.delete", state(word), null));
        words.delete(word);
        changed();
    }

    /** {@code phrase,action} lines, header first; cells quoted when needed. */
    public String export() {
        StringBuilder csv = new StringBuilder("phrase,action\n");
        for (WatchWord word : words.list("order by normalized")) {
            csv.append(Csv.line(List.of(word.phrase, word.action)));
        }
        return csv.toString();
    }

    /** All lines or none: one bad line answers 422 naming every bad line, and the list stays as it was. */
    @Transactional
    public WatchWordImportResult importCsv(String csv, String actor) {
        List<List<String>> rows = Csv.parse(csv == null ? "" : csv);
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, WatchWordRequest> wanted = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String line = "line " + (i + 1);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (i == 0 && row.size() >= 1 && row.get(0).strip().equalsIgnoreCase("phrase")) {
                continue;
            }
            if (row.size() != 2) {
                errors.add(new Problem.FieldError(line, FieldCode.INVALID, "Two columns expected: phrase,action."));
                continue;
            }
            WatchWordRequest request =
                    new WatchWordRequest(row.get(0), row.get(1).strip().toLowerCase());
            String problem = problem(request);
            if (problem != null) {
                errors.add(new Problem.FieldError(line, FieldCode.INVALID, problem));
                continue;
            }
            wanted.put(WatchWordMatcher.normalize(request.phrase()), request);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("Nothing was imported: fix these lines and import the file again.", errors);
        }
        if (wanted.isEmpty()) {
            throw ApiException.invalid(
                    "Nothing was imported: the file lists no watch word.",
                    List.of(new Problem.FieldError("file", FieldCode.REQUIRED, "The file is empty.")));
        }
        Map<String, WatchWord> existing = new HashMap<>();
        words.listAll().forEach(w -> existing.put(w.normalized, w));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<String, WatchWordRequest> entry : wanted.entrySet()) {
            WatchWord word = existing.get(entry.getKey());
            if (word == null) {
                word = new WatchWord();
                word.phrase = entry.getValue().phrase().strip();
                word.normalized = entry.getKey();
                word.action = entry.getValue().action();
                word.createdAt = clock.instant();
                word.createdBy = actor;
                words.persist(word);
                added++;
            } else if (!word.action.equals(entry.getValue().action())) {
                word.action = entry.getValue().action();
                updated++;
            } else {
                unchanged++;
            }
        }
        audit.record(AuditRecord.admin(
                actor, "watch_word.import", null, Map.of("added", added, "updated", updated, "unchanged", unchanged)));
        changed();
        return new WatchWordImportResult(added, updated, unchanged);
    }

    private void changed() {
        matcher = null;
    }

    private WatchWord require(long id) {
        WatchWord word = words.findById(id);
        if (word == null) {
            throw ApiException.notFound(ErrorCode.WATCH_WORD_NOT_FOUND, "No watch word " + id + ".");
        }
        return word;
    }

    private static ApiException exists(String phrase) {
        return new ApiException(
                409,
                ErrorCode.WATCH_WORD_EXISTS,
                "Conflict",
                "\"" + phrase.strip() + "\" is already listed (ignoring case and accents).");
    }

    private static String validate(WatchWordRequest request) {
        FieldErrors errors = new FieldErrors();
        String phrase = request == null ? null : request.phrase();
        String action = request == null ? null : request.action();
        errors.required("phrase", phrase).required("action", action);
        if (phrase != null && !phrase.isBlank()) {
            errors.maxLength("phrase", phrase.strip(), MAX_PHRASE);
            if (WatchWordMatcher.normalize(phrase).isEmpty()) {
                errors.add("phrase", FieldCode.INVALID, "A watch word needs at least one letter or digit.");
            }
        }
        if (action != null && !action.isBlank() && !ACTIONS.contains(action)) {
            errors.add("action", FieldCode.INVALID, "One of block, hold, flag.");
        }
        errors.throwIfAny();
        return WatchWordMatcher.normalize(phrase);
    }

    /** Why an imported line is refused, or null. */
    private static String problem(WatchWordRequest request) {
        String phrase = request.phrase() == null ? "" : request.phrase().strip();
        if (phrase.isEmpty() || WatchWordMatcher.normalize(phrase).isEmpty()) {
            return "The phrase is empty.";
        }
        if (phrase.length() > MAX_PHRASE) {
            return "The phrase is longer than " + MAX_PHRASE + " characters.";
        }
        if (!ACTIONS.contains(request.action())) {
            return "The action \"" + request.action() + "\" is not one of block, hold, flag.";
        }
        return null;
    }

    private static Map<String, Object> state(WatchWord word) {
        return Map.of("phrase", word.phrase, "action", word.action);
    }

    static WatchWordView view(WatchWord word) {
        return new WatchWordView(word.id, word.phrase, word.action, word.createdAt);
    }
}
