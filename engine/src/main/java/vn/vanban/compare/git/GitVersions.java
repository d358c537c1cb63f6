package vn.vanban.compare.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import vn.vanban.layout.Revisions;

/**
 * A content file's versions in its Git repository, read with JGit (no {@code git} program needed).
 * A version at a revision is its project's files as they were in that commit, written out into a
 * temporary directory with the same layout, so the figure files, spreadsheets and catalogue the
 * document reads are the ones of that revision too.
 */
public final class GitVersions implements AutoCloseable {
    /** Why a version cannot be had; {@code key} names the message, {@code args} fill it. */
    public static final class Problem extends Exception {
        private final String key;
        private final transient Object[] args;

        Problem(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /**
     * One version of the file: {@code file} is what to read (the working file, or its copy in
     * {@code extracted}), {@code label} how messages name it, {@code author} who made it and when.
     */
    public record Version(Path file, String label, Revisions.Author author, Path extracted) {
    }

    private final Repository repo;
    private final Path workTree;
    /** The file, relative to the work tree, with '/' separators as Git stores paths. */
    private final String gitPath;
    /** The project directory the file reads data from, relative to the work tree ("" for the top). */
    private final String projectPrefix;

    private GitVersions(Repository repo, Path file) {
        this.repo = repo;
        this.workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        this.gitPath = slashes(workTree.relativize(abs));
        Path dir = abs.getParent();
        // As content.table.ProjectRoot: a file in content/ reads from that folder's parent.
        Path project = dir.getFileName() != null && dir.getFileName().toString().equals("content")
                ? dir.getParent() : dir;
        if (!project.startsWith(workTree)) {
            project = workTree;
        }
        this.projectPrefix = slashes(workTree.relativize(project));
    }

    /** The repository holding {@code file}; a problem when there is none. */
    public static GitVersions open(Path file) throws Problem {
        Path dir = file.toAbsolutePath().normalize().getParent();
        FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
        if (b.getGitDir() == null) {
            throw new Problem("so-sanh.not-a-repository", file);
        }
        try {
            Repository repo = b.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                throw new Problem("so-sanh.not-a-repository", file);
            }
            return new GitVersions(repo, file);
        } catch (IOException | IllegalArgumentException e) {
            throw new Problem("so-sanh.not-a-repository", file);
        }
    }

    /** The file as it is on disk, by the one who is editing it: Git's {@code user.name}, else the OS user. */
    public Version working(Path file) throws IOException {
        String name = repo.getConfig().getString("user", null, "name");
        if (name == null || name.isBlank()) {
            name = System.getProperty("user.name", "vanban");
        }
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        return new Version(file, file.toString(), new Revisions.Author(name, modified), null);
    }

    /** The file as it was at {@code rev} (a commit, tag, branch, {@code HEAD~2}...). */
    public Version at(String rev) throws Problem, IOException {
        ObjectId id;
        try {
            id = repo.resolve(rev + "^{commit}");
        } catch (AmbiguousObjectException | IllegalArgumentException e) {
            id = null;
        } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException | org.eclipse.jgit.errors.MissingObjectException e) {
            id = null; // a well-formed commit id that this repository does not have
        }
        if (id == null) {
            throw new Problem("so-sanh.unknown-revision", rev);
        }
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(id);
            String label = rev + ":" + gitPath;
            try (TreeWalk file = TreeWalk.forPath(repo, gitPath, commit.getTree())) {
                if (file == null || (file.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    throw new Problem("so-sanh.absent-at-revision", gitPath, rev);
                }
            }
            Path dir = Files.createTempDirectory("vanban-so-sanh-");
            extract(commit, dir);
            PersonIdent who = commit.getAuthorIdent();
            return new Version(dir.resolve(gitPath), label,
                    new Revisions.Author(who.getName(), who.getWhenAsInstant()), dir);
        }
    }

    /** Writes the project's files of {@code commit} under {@code dir}, with their paths. */
    private void extract(RevCommit commit, Path dir) throws IOException {
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!projectPrefix.isEmpty()) {
                walk.setFilter(PathFilter.create(projectPrefix));
            }
            while (walk.next()) {
                if ((walk.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    continue; // links and submodules are not data a document reads
                }
                Path target = dir.resolve(walk.getPathString()).normalize();
                if (!target.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    repo.open(walk.getObjectId(0), Constants.OBJ_BLOB).copyTo(out);
                }
            }
        }
    }

    /** The file's path as Git names it, for messages. */
    public String gitPath() {
        return gitPath;
    }

    /** Removes a version's temporary copy. */
    public static void discard(Version v) {
        if (v == null || v.extracted() == null) {
            return;
        }
        try (var paths = Files.walk(v.extracted())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind harms nothing
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }

    @Override
    public void close() {
        repo.close();
    }
}
