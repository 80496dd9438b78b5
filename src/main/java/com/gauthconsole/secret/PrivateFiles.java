package com.gauthconsole.secret;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only the console's own user may read: the data directory (0700) with the embedded database and
 * the key files (0600). Where the file system has no POSIX permissions (Windows) they are left as the system makes
 * them.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    /** Creates the folder and any missing parent as owner-only; tightens the folder itself when it exists already. */
    public static void createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                createDirectories(parent);
            }
            Files.createDirectory(absolute, attributes(OWNER_ONLY_FOLDER));
        }
        if (POSIX) {
            Files.setPosixFilePermissions(absolute, OWNER_ONLY_FOLDER);
        }
    }

    public static void createFile(Path file) throws IOException {
        Files.createFile(file, attributes(OWNER_ONLY_FILE));
    }

    /** Makes every file directly in the folder owner-only, such as the files the embedded database created. */
    public static void restrictFilesIn(Path folder) throws IOException {
        if (!POSIX || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
