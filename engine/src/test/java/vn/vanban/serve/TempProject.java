package vn.vanban.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;

import vn.vanban.TestPaths;
import vn.vanban.load.ProjectDir;
import vn.vanban.render.FileTrees;

/**
 * A throw-away copy of the project (content/, templates/, schema/) in a fresh Git repository, so the
 * workbench tests never write into the real content/.
 */
final class TempProject implements AutoCloseable {
    static {
        // As vn.vanban.cli.Main does: POI's log4j API stays quiet.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    final Path root;

    TempProject() throws Exception {
        this(java.util.Map.of());
    }

    /** With {@code extra} files (project-relative name → text) in the first version too. */
    TempProject(java.util.Map<String, String> extra) throws Exception {
        root = Files.createTempDirectory("vanban-serve-").toRealPath();
        for (String dir : new String[] {"content", "templates", "schema"}) {
            copy(TestPaths.root().resolve(dir), root.resolve(dir));
        }
        for (var e : extra.entrySet()) {
            Files.writeString(root.resolve(e.getKey()), e.getValue());
        }
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            var cfg = git.getRepository().getConfig();
            cfg.setString("user", null, "name", "Văn thư");
            cfg.setString("user", null, "email", "van-thu@example.invalid");
            cfg.save();
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Bản đầu").call();
        }
    }

    Workbench start(String lang) throws IOException {
        return Workbench.start(new Workbench.Config(new ProjectDir(root), InetAddress.getLoopbackAddress(), 0, lang, null));
    }

    Path file(String rel) {
        return root.resolve(rel);
    }

    private static void copy(Path from, Path to) throws IOException {
        FileTrees.copy(from, to);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
