package org.socialworkr.media.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.common.InstanceProperties;
import org.springframework.stereotype.Component;

/**
 * Image files under {@code <data-dir>/media/<first two characters of the key>/<key>}. Keys are
 * random, so file names never carry member data, and the two-character folders keep any one
 * directory small. Only keys of the exact generated shape ever reach the file system.
 */
@Component
class ImageFiles {

    private static final Logger log = LoggerFactory.getLogger(ImageFiles.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}\\.(jpg|png|webp)");

    private final Path root;

    ImageFiles(InstanceProperties instance) {
        this.root = instance.dataDir().resolve("media").toAbsolutePath().normalize();
    }

    static String newKey(String extension) {
        return UUID.randomUUID().toString().replace("-", "") + "." + extension;
    }

    static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    Optional<Path> pathOf(String key) {
        return isKey(key) ? Optional.of(root.resolve(key.substring(0, 2)).resolve(key)) : Optional.empty();
    }

    /** Written to a temporary file and moved into place, so a reader never sees half a file. */
    void write(String key, byte[] bytes) {
        Path target = pathOf(key).orElseThrow(() -> new IllegalArgumentException("Not a media key"));
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store media file " + key, e);
        }
    }

    void delete(String key) {
        pathOf(key).ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // The row is gone, so nobody can reach the file; an operator can sweep it later.
                log.warn("Could not delete media file {}", path, e);
            }
        });
    }
}
