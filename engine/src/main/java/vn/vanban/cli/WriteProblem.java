package vn.vanban.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.render.AtomicFiles;

/**
 * Why an output could not be written, in the clerk's words with the advice that fits the cause: a full
 * disk needs space, not permissions. Java gives the operating system's reason only as English text
 * ({@code strerror}), so the known ones are recognised by it; an unknown one is shown as it came.
 */
final class WriteProblem {
    private WriteProblem() {
    }

    /**
     * The located line for an output that could not be written ({@code file:line:col: lỗi: ...}), the
     * cause unwrapped from {@link AtomicFiles.Failure}: for the commands that write one file.
     */
    static String unwritable(Path target, IOException e, Messages msg) {
        IOException cause = e instanceof AtomicFiles.Failure f ? f.getCause() : e;
        return Diagnostic.error(Loc.of(target), "output.unwritable", describe(cause, msg)).format(msg);
    }

    /** The cause of a failed write, as message text (reason and advice). */
    static String describe(IOException e, Messages msg) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("no space left") || r.contains("disk quota") || r.contains("not enough space")
                || r.contains("file too large")) {
            return msg.get("output.reason.no-space");
        }
        if (r.contains("read-only file system")) {
            return msg.get("output.reason.read-only");
        }
        if (r.contains("name too long")) {
            return msg.get("output.reason.too-long");
        }
        if (r.contains("is a directory")) {
            return msg.get("output.reason.is-a-directory");
        }
        if (e instanceof AccessDeniedException || r.contains("permission denied") || r.contains("operation not permitted")) {
            return msg.get("output.reason.denied");
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || r.contains("not a directory")) {
            return msg.get("output.reason.not-a-directory");
        }
        if (e instanceof NoSuchFileException) {
            return msg.get("output.reason.cannot-create", e.getMessage());
        }
        return msg.get("output.reason.other", reason);
    }
}
