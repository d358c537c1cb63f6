package vn.vanban.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Output is written to a temporary file beside the target and renamed over it, so a failed or
 * interrupted run never leaves a half-written document and never destroys the previous one.
 *
 * <p>The formats of one document (DOCX and PDF) are replaced as a pair: every temporary file is written
 * and flushed to disk before any is renamed, and when a later rename fails the earlier targets get their
 * old contents back (kept as hard links until the pair is in place). A full disk, a read-only or locked
 * old file therefore never leave a new DOCX beside an old PDF. A kill in the instant between two renames
 * does, but it leaves the backups and the unrenamed temporary file behind, and the next run of that file
 * puts the old pair back first ({@link #removeStale}).
 *
 * <p>Temporary files are named {@code .NAME.<pid>-<group>-<i>.tmp} (backups {@code .old}); a run killed
 * before it could remove them leaves them behind, and {@link #removeStale} deletes those of processes no
 * longer running.
 */
public final class AtomicFiles {
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong SEQ = new AtomicLong();
    /** {@code .NAME.<pid>[-n].tmp|old}; also matches the random-number names of older versions. */
    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(\\d{1,19})(?:-(\\d+)(?:-\\d+)?)?\\.(tmp|old)");

    private AtomicFiles() {
    }

    /** A file of a set that could not be written; no file of the set was changed. */
    public static final class Failure extends IOException {
        private final transient Path target;

        Failure(Path target, IOException cause) {
            super(cause.getMessage(), cause);
            this.target = target;
        }

        /** The file that could not be written. */
        public Path target() {
            return target;
        }

        /** The operating system's error. */
        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** A temp file is private (rw-------); the output should read like any file the clerk saves. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        writeAll(List.of(target), List.of(bytes));
    }

    /** Replaces all {@code targets} with {@code contents}, or none of them; see the class comment. */
    public static void writeAll(List<Path> targets, List<byte[]> contents) throws Failure {
        int n = targets.size();
        long group = SEQ.incrementAndGet();
        Path[] tmps = new Path[n];
        Path[] olds = new Path[n];
        try {
            for (int i = 0; i < n; i++) {
                tmps[i] = writeTemp(targets.get(i), contents.get(i), group + "-" + i);
            }
            if (n > 1) {
                for (int i = 0; i < n; i++) {
                    olds[i] = keepOld(targets.get(i), group + "-" + i);
                }
            }
            for (int i = 0; i < n; i++) {
                try {
                    move(tmps[i], targets.get(i));
                } catch (IOException e) {
                    for (int j = i - 1; j >= 0; j--) {
                        restore(targets.get(j), olds[j]);
                    }
                    throw new Failure(targets.get(i), e);
                }
            }
        } finally {
            for (int i = 0; i < n; i++) {
                deleteQuietly(tmps[i]);
                deleteQuietly(olds[i]);
            }
        }
    }

    private static Path writeTemp(Path target, byte[] bytes, String group) throws Failure {
        Path tmp = null;
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = dir.resolve(leftoverName(target, group, "tmp"));
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // Set while open: an old read-only output gives its mode to the new copy, still writable here.
                keepPermissions(target, tmp);
                out.write(bytes);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            return tmp;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new Failure(target, e);
        }
    }

    /**
     * {@code .NAME.<pid>-<group>-<i>.tmp}: the group shared by the files replaced together, {@code i} the
     * file's place in it (names shortened below may otherwise meet). File names are limited to 255 bytes, and a Vietnamese name near the limit
     * (two or three bytes a letter) must not fail only for its temporary file: NAME is then shortened and
     * marked with "~".
     */
    private static String leftoverName(Path target, String group, String suffix) {
        String name = target.getFileName().toString();
        String tail = "." + PID + "-" + group + "." + suffix;
        while (utf8Length("." + name + tail) > MAX_NAME_BYTES && name.length() > 1) {
            name = name.substring(0, name.length() - (name.endsWith("~") ? 2 : 1)) + "~";
        }
        return "." + name + tail;
    }

    private static final int MAX_NAME_BYTES = 255;

    private static int utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Whether a leftover's NAME part stands for one of {@code names} (in full, or shortened with "~"). */
    private static boolean isFor(String leftoverName, Collection<String> names) {
        if (names.contains(leftoverName)) {
            return true;
        }
        if (!leftoverName.endsWith("~")) {
            return false;
        }
        String prefix = leftoverName.substring(0, leftoverName.length() - 1);
        return names.stream().anyMatch(n -> n.startsWith(prefix));
    }

    /** A second name for the old target, to put it back if its partner cannot be replaced; null if none. */
    private static Path keepOld(Path target, String group) throws Failure {
        if (!Files.isRegularFile(target)) {
            return null;
        }
        Path old = target.toAbsolutePath().getParent().resolve(leftoverName(target, group, "old"));
        try {
            Files.createLink(old, target);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.copy(target, old, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e2) {
                deleteQuietly(old);
                throw new Failure(target, e2);
            }
        }
        return old;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Puts the old file back over a target already replaced ({@code old} null: there was none). */
    private static void restore(Path target, Path old) {
        try {
            if (old == null) {
                Files.deleteIfExists(target);
            } else {
                move(old, target);
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // Nothing more can be done; the caller reports the failure that started this.
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover is removed by the next run (removeStale)
        }
    }

    /**
     * Deletes the temporary files and backups that runs killed earlier left in {@code dir} for the given
     * file names; those of a process still running (a render beside this one) are left alone. A run killed
     * between the renames of a pair left both a temporary file (not yet renamed) and backups of the same
     * group: the backups are put back first, so the old DOCX returns beside the old PDF.
     *
     * @return the files deleted or put back
     */
    public static List<Path> removeStale(Path dir, Collection<String> names) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        java.util.Map<String, List<Matcher>> groups = new java.util.LinkedHashMap<>();
        java.util.Map<Matcher, Path> paths = new java.util.HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                if (!m.matches() || !isFor(m.group(1), names) || !Files.isRegularFile(p)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(2));
                } catch (NumberFormatException e) {
                    pid = -1;
                }
                boolean running = pid == PID || pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!running) {
                    groups.computeIfAbsent(m.group(2) + "-" + m.group(3), k -> new ArrayList<>()).add(m);
                    paths.put(m, p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy; the render itself does not depend on it.
            return removed;
        }
        for (List<Matcher> group : groups.values()) {
            boolean halfDone = group.stream().anyMatch(m -> m.group(4).equals("tmp"))
                    && group.stream().anyMatch(m -> m.group(4).equals("old") && m.group(3) != null);
            for (Matcher m : group) {
                Path p = paths.get(m);
                try {
                    if (halfDone && m.group(4).equals("old") && !m.group(1).endsWith("~")) {
                        move(p, dir.resolve(m.group(1)));
                        // A backup still linked to the target itself (not replaced yet): rename does nothing.
                        Files.deleteIfExists(p);
                    } else {
                        Files.delete(p);
                    }
                    removed.add(p);
                } catch (IOException e) {
                    // left for a later run
                }
            }
        }
        return removed;
    }
}
