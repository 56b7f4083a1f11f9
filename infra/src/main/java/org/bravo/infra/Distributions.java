package org.bravo.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Finds the server archives the build downloaded and unpacks each once into the cache. */
final class Distributions {
    private final Path archives;
    private final Path cache;

    Distributions(StackConfig config) {
        this.archives = config.distributions();
        this.cache = config.cache();
    }

    /** The archive whose file name starts with {@code prefix}, e.g. {@code elasticsearch-}. */
    Path archive(String prefix, String suffix) {
        if (!Files.isDirectory(archives)) {
            throw new StackException("No server archives in " + archives
                    + ": build first (./mvnw -DskipTests package), which downloads them from Maven Central");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archives, prefix + "*" + suffix)) {
            for (Path file : files) {
                return file;
            }
        } catch (IOException e) {
            throw new StackException("Cannot list " + archives + ": " + e.getMessage(), e);
        }
        throw new StackException("No " + prefix + "*" + suffix + " in " + archives + ": rebuild infra");
    }

    /**
     * Unpacks {@code archive} into the cache, under the archive's own name so a version change unpacks afresh, and
     * returns the single top folder it contains. A marker written last makes an interrupted unpack start over.
     */
    Path unpacked(Path archive) {
        String name = archive.getFileName().toString().replaceFirst("\\.zip$", "");
        Path target = cache.resolve(name);
        Path marker = target.resolve(".unpacked");
        if (!Files.exists(marker)) {
            Console.info("Unpacking " + archive.getFileName() + " into " + target);
            deleteTree(target);
            unzip(archive, target);
            write(marker);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target, Files::isDirectory)) {
            for (Path entry : entries) {
                return entry;
            }
        } catch (IOException e) {
            throw new StackException("Cannot read " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    static void unzip(Path archive, Path target) {
        try (InputStream in = Files.newInputStream(archive);
                ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new StackException("Archive " + archive + " has an entry outside its folder: " + entry);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                    // Zip entries lose their mode bits through java.util.zip; launch scripts need them back.
                    if (out.getParent().getFileName().toString().equals("bin")
                            || out.toString().endsWith(".sh")) {
                        Files.setPosixFilePermissions(out, EXECUTABLE);
                    }
                }
            }
        } catch (IOException e) {
            throw new StackException("Cannot unpack " + archive + ": " + e.getMessage(), e);
        }
    }

    private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_EXECUTE);

    private static void write(Path marker) {
        try {
            Files.writeString(marker, "ok\n");
        } catch (IOException e) {
            throw new StackException("Cannot write " + marker + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new StackException("Cannot delete " + p + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new StackException("Cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
