package vn.vanban.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Versions of a content file without Git commands (JGit): record the file as it is on disk with a
 * message, list the versions that touched it, show two versions' difference. The project's own
 * repository is used (found from the project root upwards); a project without one gets one at its
 * root on the first version saved.
 */
final class Versions {
    private final Path projectRoot;

    Versions(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    /** A version of the file: the commit, when, by whom, and its message. */
    record Version(String id, String when, String author, String message) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("short", id.substring(0, 8));
            m.put("when", when);
            m.put("author", author);
            m.put("message", message);
            return m;
        }
    }

    private Repository open(boolean create) throws IOException, GitAPIException {
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(projectRoot.toFile());
        if (b.getGitDir() != null) {
            return b.setMustExist(true).build();
        }
        if (!create) {
            return null;
        }
        try (Git g = Git.init().setDirectory(projectRoot.toFile()).setInitialBranch("main").call()) {
            return g.getRepository();
        }
    }

    /** The file's path in the repository's terms ({@code content/x.yaml}, forward slashes). */
    private static String pathIn(Repository repo, Path file) throws IOException {
        Path top = repo.getWorkTree().toPath().toRealPath();
        Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        if (!real.startsWith(top)) {
            throw new Http.BadRequest(403, "outside-repository", file.toString());
        }
        return top.relativize(real).toString().replace('\\', '/');
    }

    /** Records the file as saved on disk; null when it is the same as its last version. */
    synchronized Version commit(Path file, String message) throws IOException, GitAPIException {
        try (Repository repo = open(true); Git git = new Git(repo)) {
            String p = pathIn(repo, file);
            git.add().addFilepattern(p).call();
            if (git.status().addPath(p).call().isClean()) {
                return null;
            }
            // Only this file: whatever else the clerk or another tool has staged stays as it was.
            RevCommit c = git.commit().setOnly(p).setMessage(message).call();
            return version(c);
        }
    }

    synchronized List<Version> history(Path file) throws IOException, GitAPIException {
        try (Repository repo = open(false)) {
            if (repo == null || repo.resolve("HEAD") == null) {
                return List.of();
            }
            List<Version> out = new ArrayList<>();
            try (Git git = new Git(repo)) {
                for (RevCommit c : git.log().addPath(pathIn(repo, file)).setMaxCount(500).call()) {
                    out.add(version(c));
                }
            } catch (NoHeadException e) {
                return List.of();
            }
            return out;
        }
    }

    private static Version version(RevCommit c) {
        String when = Instant.ofEpochSecond(c.getCommitTime()).toString();
        return new Version(c.getName(), when, c.getAuthorIdent().getName(), c.getFullMessage().strip());
    }

    /** A full commit id: the only way a request may name a version (no revision expressions). */
    static boolean isId(String id) {
        return id != null && ObjectId.isId(id);
    }

    /** The file's bytes in a version; empty if the version did not have it. */
    synchronized byte[] content(Path file, String id) throws IOException, GitAPIException {
        if (!ObjectId.isId(id)) {
            // Only full commit ids: no revision expressions from a request.
            throw new Http.BadRequest(400, "bad-version", id);
        }
        try (Repository repo = open(false)) {
            if (repo == null) {
                throw new Http.BadRequest(404, "no-repository", id);
            }
            try (RevWalk rw = new RevWalk(repo)) {
                RevCommit c;
                try {
                    c = rw.parseCommit(ObjectId.fromString(id));
                } catch (org.eclipse.jgit.errors.MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
                    throw new Http.BadRequest(404, "bad-version", id);
                }
                try (TreeWalk tw = TreeWalk.forPath(repo, pathIn(repo, file), c.getTree())) {
                    return tw == null ? new byte[0] : repo.open(tw.getObjectId(0)).getBytes();
                }
            }
        }
    }

    /** A unified text diff (three lines of context) from {@code a} to {@code b}. */
    static String diff(byte[] a, byte[] b) throws IOException {
        RawText ra = new RawText(a);
        RawText rb = new RawText(b);
        EditList edits = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, ra, rb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter f = new DiffFormatter(out)) {
            f.setContext(3);
            f.format(edits, ra, rb);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
