package org.bravo.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An S3-compatible object store for photos and videos: s3proxy with its filesystem backend (production uses MinIO;
 * Bravo talks plain S3 to both). Browsers upload straight to it with presigned URLs, hence the CORS settings.
 */
final class ObjectStoreServer extends Server {
    private final Distributions distributions;

    ObjectStoreServer(StackConfig config, Distributions distributions) {
        super(config);
        this.distributions = distributions;
    }

    @Override
    String name() {
        return "object-store";
    }

    @Override
    String url() {
        return config.objectStoreUrl();
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    boolean healthy() {
        // Any S3 answer proves it listens; an unsigned request to the root is refused with 403 by design.
        return answers(url() + "/", 200, 403);
    }

    Path storage() {
        return config.home().resolve("object-store");
    }

    @Override
    void launch() {
        Path jar = distributions.archive("s3proxy-", "-jar-with-dependencies.jar");
        Path properties = config.run().resolve("s3proxy.properties");
        // The filesystem backend maps a bucket to a folder: creating it is creating the bucket.
        createDirectories(storage().resolve(StackConfig.S3_BUCKET), config.run());
        String origins = String.join(
                " ", config.appUrl(), "http://" + StackConfig.HOST + ":" + config.httpPort(), "http://localhost:5173");
        String text = String.join(
                "\n",
                "s3proxy.endpoint=http://" + StackConfig.HOST + ":" + config.objectStorePort(),
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + StackConfig.S3_ACCESS_KEY,
                "s3proxy.credential=" + StackConfig.S3_SECRET_KEY,
                "s3proxy.cors-allow-origins=" + origins,
                "s3proxy.cors-allow-methods=GET HEAD PUT POST DELETE",
                "s3proxy.cors-allow-headers=*",
                "s3proxy.cors-exposed-headers=ETag",
                "jclouds.provider=filesystem-nio2",
                "jclouds.identity=" + StackConfig.S3_ACCESS_KEY,
                "jclouds.credential=" + StackConfig.S3_SECRET_KEY,
                "jclouds.filesystem.basedir=" + storage(),
                "");
        try {
            Files.writeString(properties, text);
        } catch (IOException e) {
            throw new StackException("Cannot write " + properties + ": " + e.getMessage(), e);
        }
        spawn(
                List.of(
                        Path.of(javaHome(), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString(),
                        "--properties",
                        properties.toString()),
                Map.of(),
                config.home());
    }
}
