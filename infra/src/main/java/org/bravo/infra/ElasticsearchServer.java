package org.bravo.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch 8.19 from the integ-test distribution on Maven Central, plus Bravo's analysis plugin so that index
 * settings naming {@code french}, {@code asciifolding}, {@code elision} or {@code stemmer} work here exactly as on a
 * full production Elasticsearch. Elasticsearch refuses to run as root, so a root caller runs it as user
 * {@value #SERVICE_USER}.
 */
final class ElasticsearchServer extends Server {
    static final String SERVICE_USER = "bravo";
    private static final String PLUGIN_NAME = "bravo-analysis";

    private final Distributions distributions;

    ElasticsearchServer(StackConfig config, Distributions distributions) {
        super(config);
        this.distributions = distributions;
    }

    @Override
    String name() {
        return "elasticsearch";
    }

    @Override
    String url() {
        return config.elasticsearchUrl();
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(120);
    }

    @Override
    boolean healthy() {
        // This build has no REST root handler (GET / answers 405), so cluster health is the probe.
        return answers(url() + "/_cluster/health", 200);
    }

    @Override
    void launch() {
        Path esHome = distributions.unpacked(distributions.archive("elasticsearch-", ".zip"));
        installPlugin(esHome);
        Path data = config.home().resolve("elasticsearch/data");
        Path esLogs = config.home().resolve("elasticsearch/logs");
        createDirectories(data, esLogs);

        List<String> command = new ArrayList<>();
        if (Processes.isRoot()) {
            ensureServiceUser();
            chown(esHome, config.home().resolve("elasticsearch"));
            checkReachable(data);
            // setpriv execs in place, so the pid we record is Elasticsearch's own launcher.
            command.addAll(List.of("setpriv", "--reuid=" + SERVICE_USER, "--regid=" + SERVICE_USER, "--init-groups"));
        }
        command.addAll(List.of(
                esHome.resolve("bin/elasticsearch").toString(),
                "-E",
                "cluster.name=bravo-local",
                "-E",
                "node.name=bravo",
                "-E",
                "discovery.type=single-node",
                "-E",
                "network.host=" + StackConfig.HOST,
                "-E",
                "http.port=" + config.elasticsearchPort(),
                "-E",
                "transport.port=" + (config.elasticsearchPort() + 100),
                "-E",
                "xpack.security.enabled=false",
                "-E",
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E",
                "path.data=" + data,
                "-E",
                "path.logs=" + esLogs));
        String heap = System.getenv().getOrDefault("BRAVO_ES_HEAP", "384m");
        spawn(
                command,
                Map.of(
                        "ES_JAVA_HOME", System.getenv().getOrDefault("BRAVO_ES_JAVA_HOME", javaHome()),
                        "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap,
                        "HOME", data.toString()),
                esHome);
    }

    /** Replaced on every start so a rebuilt plugin is always the one loaded. */
    private void installPlugin(Path esHome) {
        Path target = esHome.resolve("plugins").resolve(PLUGIN_NAME);
        Distributions.deleteTree(target);
        Distributions.unzip(distributions.archive("bravo-es-analysis-", ".zip"), target);
    }

    private static void ensureServiceUser() {
        if (run(List.of("id", "-u", SERVICE_USER)) == 0) {
            return;
        }
        Console.info("Creating system user '" + SERVICE_USER + "' to run Elasticsearch (it refuses to run as root)");
        if (run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER))
                != 0) {
            throw new StackException(
                    "Cannot create user " + SERVICE_USER + " for Elasticsearch; create it or run as a normal user");
        }
    }

    private static void chown(Path... paths) {
        for (Path path : paths) {
            if (run(List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, path.toString())) != 0) {
                throw new StackException("Cannot hand " + path + " to user " + SERVICE_USER);
            }
        }
    }

    private static void checkReachable(Path data) {
        List<String> probe = List.of(
                "setpriv",
                "--reuid=" + SERVICE_USER,
                "--regid=" + SERVICE_USER,
                "--init-groups",
                "test",
                "-w",
                data.toString());
        if (run(probe) != 0) {
            throw new StackException("User " + SERVICE_USER + " cannot write " + data + " (a parent folder is private,"
                    + " e.g. /root): set BRAVO_HOME to a folder under /srv, /var/lib or /tmp");
        }
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
