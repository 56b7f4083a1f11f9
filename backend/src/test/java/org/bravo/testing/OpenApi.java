package org.bravo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the API as the running application's OpenAPI document lists them, for tests that walk every
 * endpoint (the permission matrix, the fuzz test): a new endpoint is covered without anyone remembering to add it.
 */
public final class OpenApi {
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private final Map<String, Object> document;

    private OpenApi(Map<String, Object> document) {
        this.document = document;
    }

    /** The document served at {@code /q/openapi}. */
    public static OpenApi load() {
        JsonPath openApi = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new OpenApi(openApi.getMap("$"));
    }

    /**
     * One operation: {@code parameters} are its path and query parameters by name (location and schema);
     * {@code requestBody} maps each accepted media type to its schema, empty when it takes no body.
     */
    public record Operation(
            String method,
            String path,
            Map<String, Parameter> parameters,
            Map<String, Map<String, Object>> requestBody) {
        /** {@code METHOD /path}, as the permission matrix names it. */
        public String endpoint() {
            return method + " " + path;
        }

        public List<String> parameterNames(String in) {
            return parameters.values().stream()
                    .filter(p -> p.in().equals(in))
                    .map(Parameter::name)
                    .toList();
        }
    }

    public record Parameter(String name, String in, Map<String, Object> schema) {}

    /** Every operation, sorted by {@code METHOD /path}. */
    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        List<Operation> found = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, item) -> item.forEach((method, raw) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) raw;
            Map<String, Parameter> parameters = new LinkedHashMap<>();
            // Parameters may be declared on the path (shared by its operations) and on the operation.
            for (Object list : new Object[] {item.get("parameters"), operation.get("parameters")}) {
                for (Map<String, Object> p :
                        list == null ? List.<Map<String, Object>>of() : (List<Map<String, Object>>) list) {
                    Map<String, Object> parameter = resolve(p);
                    Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                    parameters.put(
                            (String) parameter.get("name"),
                            new Parameter(
                                    (String) parameter.get("name"),
                                    (String) parameter.get("in"),
                                    schema == null ? Map.of() : resolve(schema)));
                }
            }
            Map<String, Map<String, Object>> body = new LinkedHashMap<>();
            Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
            if (requestBody != null) {
                Map<String, Map<String, Object>> content =
                        (Map<String, Map<String, Object>>) resolve(requestBody).get("content");
                if (content != null) {
                    content.forEach((type, media) -> body.put(
                            type,
                            media.get("schema") == null
                                    ? Map.of()
                                    : resolve((Map<String, Object>) media.get("schema"))));
                }
            }
            found.add(new Operation(method.toUpperCase(), path, parameters, body));
        }));
        found.sort(Comparator.comparing(Operation::endpoint));
        return found;
    }

    /** The schema or parameter a {@code $ref} names, or the object itself. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (!(ref instanceof String pointer) || !pointer.startsWith("#/")) {
            return node;
        }
        Object target = document;
        for (String part : pointer.substring(2).split("/")) {
            target = ((Map<String, Object>) target).get(part);
        }
        return resolve((Map<String, Object>) target);
    }

    /** The path with each {@code {param}} replaced by what {@code value} gives for its name (inserted as is). */
    public static String fill(String template, Function<String, String> value) {
        Matcher m = PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(path);
        return path.toString();
    }
}
