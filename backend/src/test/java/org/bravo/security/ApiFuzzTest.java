package org.bravo.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.bravo.testing.Api;
import org.bravo.testing.OpenApi;
import org.bravo.testing.RawHttp;
import org.bravo.testing.TestUsers;
import org.bravo.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Sends every operation of the OpenAPI document a bounded, seeded number of malformed requests (bad path and query
 * values, JSON bodies built from the operation's schema and then broken) as an employee, an admin and nobody, and
 * fails on any 5xx or on a non-2xx answer that is not problem+json, listing each such request.
 *
 * <p>The seed is printed; {@code -Dfuzz.seed=N} replays a run, {@code -Dfuzz.perOperation=N} sets how many requests
 * each caller sends to each operation. Other test classes share this database, so nothing here may change what they
 * rely on: writes by the admin and by nobody always carry at least one input that must be refused, deletions only ever
 * name content that does not exist, and the employee writes only in a shop and on content of its own.
 */
@QuarkusTest
class ApiFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONE_SURROGATE = "\u0001lone-surrogate\u0001";
    private static final String OWN_SHOP = "fuzz-shop";

    /** Values for a path or query parameter, percent-encoded as UTF-8 when sent. */
    private static final List<String> TEXTS = List.of(
            "\0",
            "a\0b",
            "x".repeat(3000),
            "é漢字🙂",
            "-1",
            "0",
            "99999999999999999999999",
            "-9223372036854775809",
            "9223372036854775807",
            "2147483648",
            "1.5",
            "1e309",
            "NaN",
            "..",
            "../../etc/passwd",
            "'; drop table post; --",
            "\" or 1=1 --",
            "{\"a\":1}",
            "[]",
            "null",
            "true",
            "<script>alert(1)</script>",
            " ",
            "\t\r\n",
            "00000000-0000-0000-0000-000000000000",
            "not-a-uuid",
            "2024-13-45",
            "2024-02-30",
            "\\",
            "*",
            "%",
            "?#&=",
            "${jndi:ldap://x}",
            "\u202e",
            "\uffff",
            "\ufeff",
            "a".repeat(70_000).substring(0, 8000));
    /** Values sent as they are: escapes that do not decode to text, or path tricks. */
    private static final List<String> RAW = List.of(
            "%00",
            "a%00b",
            "%zz",
            "%",
            "%4",
            "%C0%AF",
            "%ED%A0%80",
            "%FF%FE",
            "%E2%82",
            "%C3",
            "..",
            ".",
            "%2e%2e",
            "%2F",
            "%25",
            "%u0000");
    /** Query values that no value may hold: refused whatever the operation, so safe on any write. */
    private static final List<String> UNSTORABLE =
            List.of("%00", "a%00b", "%zz", "%", "%C0%AF", "%ED%A0%80", "%FF", "%E2%82");

    private static final List<String> UNKNOWN_PARAMS = List.of("fuzz", "limit", "cursor", "%00", "q%00", "size");
    private static final List<String> INVALID_JSON = List.of(
            "{",
            "{\"a\":}",
            "[1,2",
            "nul",
            "{'a':1}",
            "{\"a\" 1}",
            "{\"a\":1,,}",
            "\u00ff\u00fe{}",
            "{\"a\":\"\u00c3\"}",
            "{\"a\":\"x\u00ff\u00fey\"}");

    private final long seed = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
    private final int perOperation = Integer.getInteger("fuzz.perOperation", 10);
    private final Random random = new Random(seed);
    private OpenApi openApi;
    private final Map<String, String> validPath = new LinkedHashMap<>();

    private record Request(
            String caller, String kind, String method, String target, Map<String, String> headers, byte[] body) {}

    @Test
    void noMalformedRequestMakesTheServerFail() {
        System.out.println("ApiFuzzTest seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), " + perOperation
                + " requests per operation and caller");
        openApi = OpenApi.load();
        Api.ensureShop(OWN_SHOP, "Boutique d'essai");
        String employee = TestUsers.create("fuzz", OWN_SHOP);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("employee", Tokens.fresh(employee));
        callers.put("admin", Tokens.fresh("hugo"));
        fixtures(employee, callers.get("employee"));

        List<String> failures = new ArrayList<>();
        Map<String, Integer> failuresByKind = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        int httpLayer = 0;
        long started = System.nanoTime();
        for (OpenApi.Operation operation : openApi.operations()) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                for (int i = 0; i < perOperation; i++) {
                    Request request = request(operation, caller.getKey(), caller.getValue(), i);
                    Map<String, String> headers = new LinkedHashMap<>(request.headers());
                    if (caller.getValue() != null) {
                        headers.put("Authorization", "Bearer " + caller.getValue());
                    }
                    RawHttp.Response response =
                            RawHttp.send(request.method(), request.target(), headers, request.body());
                    sent++;
                    statuses.merge(response.status(), 1, Integer::sum);
                    String type = String.valueOf(response.header("content-type"));
                    if (refusedByHttpLayer(response)) {
                        httpLayer++;
                    } else if (response.status() >= 500
                            || response.status() >= 300 && !type.startsWith("application/problem+json")) {
                        failuresByKind.merge(response.status() + " " + request.kind(), 1, Integer::sum);
                        failures.add(describe(request, response));
                    }
                }
            }
        }
        System.out.printf(
                "ApiFuzzTest sent %d requests in %d s; statuses %s; refused by the HTTP layer %d; "
                        + "failures by kind %s%n",
                sent, (System.nanoTime() - started) / 1_000_000_000L, statuses, httpLayer, failuresByKind);
        assertThat(failures)
                .as("Requests answered 5xx, or non-2xx without problem+json (seed " + seed + ")")
                .isEmpty();
    }

    /**
     * The HTTP server refuses some request lines before the application sees them (a broken percent-escape in the
     * path: 400; a line over its length limit: 414), with an empty body and no content type. No endpoint ran, so
     * there is no problem to write; these are counted apart, never accepted with a 5xx or a body.
     */
    private static boolean refusedByHttpLayer(RawHttp.Response response) {
        return (response.status() == 400 || response.status() == 414 || response.status() == 431)
                && response.header("content-type") == null
                && response.body().length == 0;
    }

    /** Content of the fuzzing employee's own, which valid path values name. */
    private void fixtures(String employee, String token) {
        long post = Api.createPost(token, "idea", "Essai de robustesse", List.of());
        long comment = Api.comment(token, post, "Un commentaire d'essai", null);
        Object entry = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("kind", "team_note", "body", "Note d'essai"))
                .when()
                .post("/api/v1/guestbooks/" + OWN_SHOP + "/entries")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        validPath.put("post", String.valueOf(post));
        validPath.put("comment", String.valueOf(comment));
        validPath.put("entry", String.valueOf(entry));
        validPath.put("username", employee);
    }

    private String validPathValue(String param, String template) {
        return switch (param) {
            case "username" -> validPath.get("username");
            case "code", "shop" -> OWN_SHOP;
            case "lang" -> "fr";
            case "n", "partNumber" -> "1";
            case "type" -> template.startsWith("/api/v1/{type}") ? "posts" : "post";
            default ->
                template.contains("/comments/")
                        ? validPath.get("comment")
                        : template.contains("/entries/") ? validPath.get("entry") : validPath.get("post");
        };
    }

    private Request request(OpenApi.Operation operation, String caller, String token, int i) {
        String method = operation.method();
        String template = operation.path();
        boolean write = !method.equals("GET");
        List<String> pathParams = operation.parameterNames("path");
        boolean hasBody = !operation.requestBody().isEmpty();
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = null;
        String kind;
        String path;
        // Deletions and body-less writes only ever name nothing, or carry a query no value may hold.
        boolean badPath = !pathParams.isEmpty() && (i % 3 == 0 || method.equals("DELETE") || write && !hasBody);
        if (badPath) {
            String broken = pathParams.get(random.nextInt(pathParams.size()));
            String value = pathValue();
            kind = "path";
            path = OpenApi.fill(
                    template,
                    p -> p.equals(broken)
                            ? value
                            : random.nextBoolean() ? RawHttp.encode(validPathValue(p, template)) : pathValue());
        } else {
            path = OpenApi.fill(template, p -> RawHttp.encode(validPathValue(p, template)));
            kind = "query";
        }
        String query;
        if (!write) {
            query = query(operation, false);
        } else if (!badPath && !hasBody) {
            query = query(operation, true);
        } else {
            query = random.nextInt(4) == 0 ? query(operation, true) : "";
        }
        if (write && hasBody && !badPath) {
            // Only the employee, on content and in a shop of its own, may send what could be a valid write.
            boolean lenient = caller.equals("employee") && random.nextBoolean();
            Map.Entry<String, Map<String, Object>> media = List.copyOf(
                            operation.requestBody().entrySet())
                    .get(random.nextInt(operation.requestBody().size()));
            String[] mutated = new String[1];
            body = body(media.getKey(), media.getValue(), lenient, headers, mutated);
            kind = "body:" + mutated[0];
        } else if (write && hasBody) {
            headers.put("Content-Type", "application/json");
            body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        return new Request(caller, kind, method, path + query, headers, body);
    }

    private String pathValue() {
        return random.nextInt(3) == 0
                ? RAW.get(random.nextInt(RAW.size()))
                : RawHttp.encode(TEXTS.get(random.nextInt(TEXTS.size())));
    }

    /** Some declared and unknown query parameters with bad values; only unstorable ones when {@code safe}. */
    private String query(OpenApi.Operation operation, boolean safe) {
        List<String> names = new ArrayList<>(operation.parameterNames("query"));
        names.add(UNKNOWN_PARAMS.get(random.nextInt(UNKNOWN_PARAMS.size())));
        StringBuilder query = new StringBuilder();
        int count = 1 + random.nextInt(Math.min(3, names.size()));
        for (int n = 0; n < count; n++) {
            String name = names.get(random.nextInt(names.size()));
            String value = safe ? UNSTORABLE.get(random.nextInt(UNSTORABLE.size())) : pathValue();
            query.append(n == 0 ? '?' : '&')
                    .append(name.contains("%") ? name : RawHttp.encode(name))
                    .append('=')
                    .append(value);
        }
        if (safe && query.indexOf("%00") < 0 && query.indexOf("%zz") < 0) {
            query.append("&fuzz=%00");
        }
        return query.toString();
    }

    private byte[] body(
            String mediaType, Map<String, Object> schema, boolean lenient, Map<String, String> headers, String[] kind) {
        if (mediaType.startsWith("multipart/")) {
            return multipart(headers, kind);
        }
        if (!mediaType.contains("json")) {
            headers.put("Content-Type", mediaType);
            List<String> texts = List.of(
                    "phrase\0,flag\n", "\0", "mot,flag\nautre\0,hide\n", "\"unterminated,flag\n", "a,b,c,d,e\n\0");
            kind[0] = "text";
            if (random.nextInt(3) == 0) {
                kind[0] = "text-bytes";
                return new byte[] {'m', 'o', 't', (byte) 0xff, (byte) 0xfe, ',', 'f', 'l', 'a', 'g', '\n', 0};
            }
            return texts.get(random.nextInt(texts.size())).getBytes(StandardCharsets.UTF_8);
        }
        headers.put("Content-Type", "application/json");
        Object sample = sample(schema, 0);
        List<String> mutations = new ArrayList<>(List.of(
                "nul",
                "surrogate",
                "wrongType",
                "invalidJson",
                "deepNesting",
                "hugeNumber",
                "contentType",
                "notAnObject",
                "empty"));
        if (lenient) {
            mutations.addAll(List.of("nulls", "extraFields", "hugeString", "numbers", "oddStrings"));
        }
        String mutation = mutations.get(random.nextInt(mutations.size()));
        kind[0] = mutation;
        List<List<Object>> leaves = new ArrayList<>();
        collectLeaves(sample, new ArrayList<>(), leaves);
        List<List<Object>> strings = leaves.stream()
                .filter(path -> get(sample, path) instanceof String)
                .toList();
        List<List<Object>> numbers = leaves.stream()
                .filter(path -> get(sample, path) instanceof Number)
                .toList();
        switch (mutation) {
            case "nul", "surrogate" -> {
                if (strings.isEmpty()) {
                    kind[0] = "invalidJson";
                    return INVALID_JSON.get(random.nextInt(INVALID_JSON.size())).getBytes(StandardCharsets.ISO_8859_1);
                }
                List<Object> at = strings.get(random.nextInt(strings.size()));
                set(sample, at, mutation.equals("nul") ? "avant\0après" : "avant" + LONE_SURROGATE + "après");
            }
            case "wrongType" -> {
                if (leaves.isEmpty()) {
                    return write(List.of("text")).getBytes(StandardCharsets.UTF_8);
                }
                List<Object> at = leaves.get(random.nextInt(leaves.size()));
                set(sample, at, Map.of("nested", List.of(1, 2)));
            }
            case "invalidJson" -> {
                return INVALID_JSON.get(random.nextInt(INVALID_JSON.size())).getBytes(StandardCharsets.ISO_8859_1);
            }
            case "deepNesting" -> {
                int depth = 3000 + random.nextInt(3000);
                String deep = random.nextBoolean()
                        ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                return ("{\"nested\": " + deep + "}").getBytes(StandardCharsets.UTF_8);
            }
            case "hugeNumber" -> {
                String huge = random.nextBoolean() ? "1e400" : "9".repeat(2000);
                if (numbers.isEmpty()) {
                    return ("{\"n\": " + huge + ", \"x\": \"\\u0000\"}").getBytes(StandardCharsets.UTF_8);
                }
                List<Object> at = numbers.get(random.nextInt(numbers.size()));
                set(sample, at, "__HUGE__");
                return write(sample).replace("\"__HUGE__\"", huge).getBytes(StandardCharsets.UTF_8);
            }
            case "contentType" -> {
                headers.put(
                        "Content-Type",
                        List.of(
                                        "text/plain",
                                        "application/xml",
                                        "application/x-www-form-urlencoded",
                                        "application/json; charset=ebcdic",
                                        "image/png")
                                .get(random.nextInt(5)));
                // Should a content type be read as JSON after all, the body is still one that must be refused.
                if (!strings.isEmpty()) {
                    set(sample, strings.get(0), "\0");
                }
            }
            case "notAnObject" -> {
                return List.of("[]", "\"text\"", "42", "null", "true", "[{}]")
                        .get(random.nextInt(6))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case "empty" -> {
                return new byte[0];
            }
            case "nulls" -> leaves.forEach(path -> set(sample, path, null));
            case "extraFields" -> {
                if (sample instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) map;
                    fields.put("unexpected", "x".repeat(10_000));
                    fields.put("id", -1);
                    fields.put("author", Map.of("username", "hugo"));
                    fields.put("\0", "\0");
                }
            }
            case "hugeString" -> strings.forEach(path -> set(sample, path, "é".repeat(100_000)));
            case "numbers" ->
                numbers.forEach(path -> set(
                        sample,
                        path,
                        List.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, -1.5)
                                .get(random.nextInt(5))));
            case "oddStrings" ->
                strings.forEach(path -> set(
                        sample, path, TEXTS.get(random.nextInt(TEXTS.size())).replace("\0", "")));
            default -> throw new IllegalStateException(mutation);
        }
        return write(sample).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] multipart(Map<String, String> headers, String[] kind) {
        kind[0] = "multipart";
        String boundary = "fuzz" + random.nextInt(1000);
        List<String> variants = List.of(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a\0b.png\"\r\nContent-Type: image/png\r\n\r\nnot a picture\r\n--" + boundary
                        + "--\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\0\r\n--" + boundary
                        + "--\r\n",
                "garbage without any boundary",
                "");
        int pick = random.nextInt(variants.size() + 1);
        headers.put(
                "Content-Type",
                pick == variants.size() ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary);
        return variants.get(pick % variants.size()).getBytes(StandardCharsets.UTF_8);
    }

    /** A body the schema describes, with plausible values. */
    @SuppressWarnings("unchecked")
    private Object sample(Map<String, Object> raw, int depth) {
        Map<String, Object> schema = openApi.resolve(raw);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            type = types.stream()
                    .map(String::valueOf)
                    .filter(t -> !"null".equals(t))
                    .findFirst()
                    .orElse("null");
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (type == null && schema.get(combined) instanceof List<?> options && !options.isEmpty()) {
                return sample((Map<String, Object>) options.get(0), depth);
            }
        }
        if (type == null && schema.containsKey("properties")) {
            type = "object";
        }
        String format = String.valueOf(schema.get("format"));
        return switch (String.valueOf(type)) {
            case "string" ->
                switch (format) {
                    case "date" -> "2024-05-01";
                    case "date-time" -> "2024-05-01T10:00:00Z";
                    case "uuid" -> UUID.randomUUID().toString();
                    default -> "essai";
                };
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            case "array" -> {
                List<Object> items = new ArrayList<>();
                if (depth < 4 && schema.get("items") instanceof Map<?, ?> item) {
                    items.add(sample((Map<String, Object>) item, depth + 1));
                }
                yield items;
            }
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 4 && schema.get("properties") instanceof Map<?, ?> properties) {
                    properties.forEach((name, property) ->
                            object.put((String) name, sample((Map<String, Object>) property, depth + 1)));
                }
                yield object;
            }
            default -> "essai";
        };
    }

    private static void collectLeaves(Object node, List<Object> path, List<List<Object>> leaves) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                List<Object> next = new ArrayList<>(path);
                next.add(key);
                if (value instanceof Map<?, ?> || value instanceof List<?> list && !list.isEmpty()) {
                    collectLeaves(value, next, leaves);
                } else {
                    leaves.add(next);
                }
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> next = new ArrayList<>(path);
                next.add(i);
                collectLeaves(list.get(i), next, leaves);
            }
        } else if (!path.isEmpty()) {
            leaves.add(path);
        }
    }

    private static Object get(Object root, List<Object> path) {
        Object node = root;
        for (Object key : path) {
            node = key instanceof Integer index ? ((List<?>) node).get(index) : ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void set(Object root, List<Object> path, Object value) {
        Object parent = get(root, path.subList(0, path.size() - 1));
        Object key = path.get(path.size() - 1);
        if (key instanceof Integer index) {
            ((List<Object>) parent).set(index, value);
        } else {
            ((Map<String, Object>) parent).put((String) key, value);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body).replace(LONE_SURROGATE.replace("\u0001", "\\u0001"), "\\ud800");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Request request, RawHttp.Response response) {
        return request.method() + " " + excerpt(request.target(), 200) + " as " + request.caller() + " ["
                + request.kind() + "]"
                + (request.body() == null
                        ? ""
                        : " body " + excerpt(new String(request.body(), StandardCharsets.UTF_8), 160))
                + " -> " + response.status()
                + " " + response.header("content-type") + " " + excerpt(response.text(), 400);
    }

    /** Shortened, with control characters shown as escapes so the report stays one readable line. */
    private static String excerpt(String text, int max) {
        String shortened = text.length() > max ? text.substring(0, max) + "…(" + text.length() + " chars)" : text;
        StringBuilder out = new StringBuilder();
        shortened.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) && c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
