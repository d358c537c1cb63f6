package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import org.junit.jupiter.api.Test;

import vn.vanban.diag.Messages;

/** The progress count follows stderr, and write failures are advised by their cause. */
class ProgressAndWriteProblemTest {
    private static final Messages VI = Messages.forLanguage("vi");
    private static final Messages EN = Messages.forLanguage("en");

    /**
     * The launcher says stderr is a terminal (stdout may be piped into a log): the count is shown, and a
     * message printed meanwhile wipes it first and draws it again after.
     */
    @Test
    void progressFollowsStderrAndStaysOutOfTheMessages() {
        String before = System.getProperty(Progress.STDERR_TERMINAL);
        try {
            System.setProperty(Progress.STDERR_TERMINAL, "1");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            Progress p = Progress.forTerminal(err, VI, 30);
            p.done();
            p.print(() -> err.println("tệp:1:1: lỗi: ..."));
            p.finish();
            String shown = bytes.toString(StandardCharsets.UTF_8);
            String line = "đang in 1/30 văn bản (3 %)...";
            assertEquals("\r" + line + "\r" + " ".repeat(line.length()) + "\r" + "tệp:1:1: lỗi: ...\n" + "\r" + line + "\n",
                    shown);

            System.setProperty(Progress.STDERR_TERMINAL, "0");
            ByteArrayOutputStream none = new ByteArrayOutputStream();
            Progress off = Progress.forTerminal(new PrintStream(none, true, StandardCharsets.UTF_8), VI, 30);
            off.done();
            off.finish();
            assertEquals("", none.toString(StandardCharsets.UTF_8), "stderr not a terminal: no count");
        } finally {
            if (before == null) {
                System.clearProperty(Progress.STDERR_TERMINAL);
            } else {
                System.setProperty(Progress.STDERR_TERMINAL, before);
            }
        }
    }

    /** The operating system's reasons as Java gives them (strerror text), each with its own advice. */
    @Test
    void eachCauseGetsItsAdvice() {
        assertEquals("ổ đĩa đã đầy; hãy xóa bớt tệp không cần trên ổ đĩa đó, hoặc chọn thư mục ở ổ khác với -o"
                + " (tệp cũ vẫn giữ nguyên)", WriteProblem.describe(new IOException("No space left on device"), VI));
        assertEquals("the disk is full; delete files you do not need on that disk, or choose a folder on another disk"
                + " with -o (the old files are kept)", WriteProblem.describe(
                        new FileSystemException("/mnt/usb/a.docx", null, "No space left on device"), EN));
        assertTrue(WriteProblem.describe(new FileSystemException("a", null, "Disk quota exceeded"), VI).startsWith("ổ đĩa đã đầy"));
        assertTrue(WriteProblem.describe(new FileSystemException("a", null, "Read-only file system"), VI)
                .startsWith("ổ đĩa hoặc thư mục chỉ cho đọc"));
        assertTrue(WriteProblem.describe(new AccessDeniedException("a"), VI).startsWith("không có quyền ghi vào thư mục"));
        assertTrue(WriteProblem.describe(new FileSystemException("a", null, "File name too long"), VI)
                .startsWith("đường dẫn hoặc tên tệp quá dài"));
        assertTrue(WriteProblem.describe(new FileSystemException("a", null, "Is a directory"), VI)
                .startsWith("đã có một thư mục trùng tên"));
        assertEquals("hệ điều hành báo lỗi \"Input/output error\"; hãy kiểm tra ổ đĩa và thư mục, hoặc chọn thư mục khác"
                + " với -o", WriteProblem.describe(new FileSystemException("a", null, "Input/output error"), VI));
        for (String reason : new String[] {"No space left on device", "Read-only file system", "File name too long"}) {
            assertTrue(!WriteProblem.describe(new FileSystemException("a", null, reason), VI).contains("quyền"), reason);
        }
    }
}
