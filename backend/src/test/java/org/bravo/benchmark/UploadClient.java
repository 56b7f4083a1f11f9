package org.bravo.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The video benchmark's client, run as its own JVM so that neither side of the upload ratio shares the backend's
 * process (its heap, its threads, its GC) and both sides are sent by the same code: parts streamed from disk, the
 * same number in flight, the same HTTP client. Needs nothing but the JDK, so it runs straight from the test classes.
 * <pre>
 *   parts FILE PART_SIZE IN_FLIGHT URLS_FILE   PUT each part to its presigned URL (one per line, in order)
 *   flow  API_BASE FILE IN_FLIGHT              the web app's flow: open, sign each part, PUT it, complete
 *                                              (bearer token in BRAVO_TOKEN)
 *   put   URL FILE                             one PUT of the whole file
 * </pre>
 * Prints one line: {@code RESULT seconds partsSeconds completeSeconds signingSeconds parts}.
 */
public final class UploadClient {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");

    private UploadClient() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "parts" ->
                parts(
                        Path.of(args[1]),
                        Long.parseLong(args[2]),
                        Integer.parseInt(args[3]),
                        Files.readAllLines(Path.of(args[4])));
            case "flow" -> flow(args[1], Path.of(args[2]), Integer.parseInt(args[3]), System.getenv("BRAVO_TOKEN"));
            case "put" -> put(args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException("parts, flow or put");
        }
    }

    private static void parts(Path file, long partSize, int inFlight, List<String> urls) throws Exception {
        long start = System.nanoTime();
        send(file, partSize, urls.size(), inFlight, n -> urls.get(n - 1), new AtomicLong());
        double seconds = (System.nanoTime() - start) / 1e9;
        result(seconds, seconds, 0, 0, urls.size());
    }

    private static void flow(String api, Path file, int inFlight, String token) throws Exception {
        long size = Files.size(file);
        long start = System.nanoTime();
        String opened = call(
                api + "/api/v1/videos/uploads",
                token,
                "{\"fileName\":\"benchmark.mp4\",\"size\":" + size + ",\"contentType\":\"video/mp4\"}",
                201);
        String id = field(opened, "videoId");
        long partSize = Long.parseLong(field(opened, "partSize"));
        int count = Integer.parseInt(field(opened, "partCount"));
        AtomicLong signing = new AtomicLong();
        List<String> etags = send(
                file,
                partSize,
                count,
                inFlight,
                n -> {
                    String signed = call(api + "/api/v1/videos/uploads/" + id + "/parts/" + n, token, null, 200);
                    Matcher url = URL.matcher(signed);
                    if (!url.find()) {
                        throw new IllegalStateException("No URL for part " + n + ": " + signed);
                    }
                    return url.group(1).replace("\\u0026", "&").replace("\\/", "/");
                },
                signing);
        long partsDone = System.nanoTime();
        StringBuilder parts = new StringBuilder("{\"parts\":[");
        for (int n = 1; n <= count; n++) {
            parts.append(n > 1 ? "," : "")
                    .append("{\"partNumber\":")
                    .append(n)
                    .append(",\"etag\":\"")
                    .append(etags.get(n - 1).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"}");
        }
        call(
                api + "/api/v1/videos/uploads/" + id + "/complete",
                token,
                parts.append("]}").toString(),
                200);
        long end = System.nanoTime();
        System.out.println("VIDEO " + id);
        result((end - start) / 1e9, (partsDone - start) / 1e9, (end - partsDone) / 1e9, signing.get() / 1e9, count);
    }

    private static void put(String url, Path file) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .PUT(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PUT: " + response.statusCode() + " " + response.body());
        }
        result(seconds, seconds, 0, 0, 1);
    }

    interface Signer {
        String url(int part) throws Exception;
    }

    /** Sends parts 1..count, {@code inFlight} at a time, each streamed from its slice of the file; returns ETags. */
    private static List<String> send(
            Path file, long partSize, int count, int inFlight, Signer signer, AtomicLong signingNanos)
            throws Exception {
        long size = Files.size(file);
        String[] etags = new String[count];
        AtomicInteger next = new AtomicInteger(1);
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < inFlight; w++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n <= count; n = next.getAndIncrement()) {
                        long signing = System.nanoTime();
                        String url = signer.url(n);
                        signingNanos.addAndGet(System.nanoTime() - signing);
                        long offset = (n - 1) * partSize;
                        HttpResponse<String> response = HTTP.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .PUT(slice(file, offset, Math.min(partSize, size - offset)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(
                                    "Part " + n + ": " + response.statusCode() + " " + response.body());
                        }
                        etags[n - 1] = response.headers().firstValue("ETag").orElseThrow();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(etags);
    }

    /** A slice of a file, streamed: a part is never held in memory whole, as a browser streams a Blob slice. */
    private static HttpRequest.BodyPublisher slice(Path file, long offset, long length) {
        return HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        InputStream in = Files.newInputStream(file);
                        in.skipNBytes(offset);
                        return new java.io.FilterInputStream(in) {
                            private long left = length;

                            @Override
                            public int read() throws IOException {
                                if (left <= 0) {
                                    return -1;
                                }
                                int b = super.read();
                                left -= b >= 0 ? 1 : 0;
                                return b;
                            }

                            @Override
                            public int read(byte[] buffer, int off, int len) throws IOException {
                                if (left <= 0) {
                                    return -1;
                                }
                                int read = super.read(buffer, off, (int) Math.min(len, left));
                                left -= Math.max(read, 0);
                                return read;
                            }
                        };
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }),
                length);
    }

    private static String call(String url, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    private static void result(
            double seconds, double partsSeconds, double completeSeconds, double signingSeconds, int parts) {
        System.out.println(String.format(
                Locale.ROOT,
                "RESULT %.6f %.6f %.6f %.6f %d",
                seconds,
                partsSeconds,
                completeSeconds,
                signingSeconds,
                parts));
    }
}
