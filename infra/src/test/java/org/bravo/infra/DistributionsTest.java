package org.bravo.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionsTest {
    @TempDir
    Path dir;

    @Test
    void unpacksOnceAndRestoresLaunchScriptModes() throws IOException {
        Path archives = Files.createDirectories(dir.resolve("dist"));
        zip(archives.resolve("server-1.0.zip"), "server-1.0/bin/start", "server-1.0/lib/a.jar");
        Distributions distributions = new Distributions(config(archives));

        Path home = distributions.unpacked(distributions.archive("server-", ".zip"));
        assertThat(home.getFileName().toString()).isEqualTo("server-1.0");
        assertThat(Files.isExecutable(home.resolve("bin/start"))).isTrue();

        // A second call must reuse the unpacked copy, not unpack over files a running server may hold.
        Files.writeString(home.resolve("lib/a.jar"), "changed");
        distributions.unpacked(distributions.archive("server-", ".zip"));
        assertThat(Files.readString(home.resolve("lib/a.jar"))).isEqualTo("changed");
    }

    @Test
    void refusesAnArchiveEntryThatEscapesItsFolder() throws IOException {
        Path archive = dir.resolve("evil.zip");
        zip(archive, "../outside.txt");
        assertThatThrownBy(() -> Distributions.unzip(archive, dir.resolve("target")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("outside its folder");
        assertThat(dir.resolve("outside.txt")).doesNotExist();
    }

    @Test
    void aMissingArchiveSaysHowToGetIt() {
        Distributions distributions = new Distributions(config(dir.resolve("nowhere")));
        assertThatThrownBy(() -> distributions.archive("elasticsearch-", ".zip"))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("mvnw");
    }

    private StackConfig config(Path archives) {
        return new StackConfig(dir.resolve("home"), archives, dir.resolve("cache"), 1, 2, 3, 4, 5, false);
    }

    private static void zip(Path target, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes());
                zip.closeEntry();
            }
        }
    }
}
