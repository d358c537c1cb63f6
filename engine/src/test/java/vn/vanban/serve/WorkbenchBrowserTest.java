package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.vanban.cli.Cli;

/**
 * The workbench in a real browser, as a clerk uses it: open a document, see its pages, type a mistake
 * and see it marked at its line with the CLI's message, fix it and see the pages change, save, save a
 * version, find it in the history. Screenshots go to engine/target/serve-screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {
    static final String DOC = "content/thu.yaml";
    static final String SMALL = """
            loai: ke-hoach
            co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ THỬ
            ky-hieu: KH-UBND
            dia-danh: Thử
            ngay: 2024-04
            trich-yeu: Kiểm thử bàn làm việc
            noi-dung:
              - muc: MỤC ĐÍCH
                noi-dung:
                  - Một đoạn văn ngắn.
            noi-nhan:
              - "Lưu: VT"
            ky:
              chuc-vu: CHỦ TỊCH
              ho-ten: Nguyễn Văn A
            """;
    /** Line (1-based) of the misspelt key in the text after the pasted block. */
    static final int BAD_LINE = 12;

    static TempProject project;
    static Workbench wb;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        project = new TempProject(java.util.Map.of(DOC, SMALL));
        wb = project.start("vi");
        profile = Files.createTempDirectory("vanban-chromium-");
        driver = Browser.start(profile);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (wb != null) {
            wb.close();
        }
        if (project != null) {
            project.close();
        }
        try (var s = Files.walk(profile)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static WebDriverWait waiting() {
        return new Waiting();
    }

    /** A wait that, when it gives up, leaves a screenshot and says what the page showed. */
    static final class Waiting extends WebDriverWait {
        Waiting() {
            super(driver, Duration.ofSeconds(30));
        }

        @Override
        protected RuntimeException timeoutException(String message, Throwable cause) {
            String shown;
            try {
                Browser.screenshot(driver, "failed");
                shown = "status: " + driver.findElement(By.id("status")).getText() + "; console: " + Browser.console(driver);
            } catch (Exception e) {
                shown = e.toString();
            }
            return super.timeoutException(message + " — " + shown, cause);
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static int pages() {
        return Integer.parseInt(driver.findElement(By.id("pages-info")).getDomAttribute("data-pages"));
    }

    /** Keystrokes into CodeMirror's input, after putting the cursor at (line, ch), 0-based. */
    private static void typeAt(int line, int ch, CharSequence... keys) {
        js("vbEditor.focus(); vbEditor.setCursor({line: arguments[0], ch: arguments[1]});", line, ch);
        driver.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(keys);
    }

    @Test
    @Order(1)
    void opensTheDocumentAndDrawsItsPages() throws Exception {
        driver.get(wb.url() + "&file=" + DOC);
        waiting().until(d -> pages() == 1 && !d.findElements(By.cssSelector("#pages .page canvas")).isEmpty());
        assertEquals(SMALL, js("return vbEditor.getValue();"));
        // The canvas is drawn, not blank: some pixels are dark (the text).
        Long dark = (Long) js("""
                const c = document.querySelector('#pages .page canvas');
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 100) n++; return n;""");
        assertTrue(dark > 1000, "the page shows text: " + dark);
        Browser.screenshot(driver, "1-opened");
    }

    @Test
    @Order(2)
    void aMistakeIsMarkedAtItsLineWithTheClisMessage() throws Exception {
        // Paste a long part whose key is one letter short, then type the mistake's letter away later.
        StringBuilder block = new StringBuilder();
        block.append("  - muc: NỘI DUNG\n    noi-dun:\n");
        for (int i = 1; i <= 40; i++) {
            block.append("      - muc: Việc thứ ").append(i).append("\n        noi-dung:\n          - ")
                    .append("Tổ chức thực hiện việc thứ ").append(i)
                    .append(" một cách đầy đủ, kịp thời, đúng quy định của pháp luật và hướng dẫn của cấp trên, ")
                    .append("bảo đảm tiến độ và chất lượng, báo cáo kết quả về Ủy ban nhân dân xã.\n");
        }
        js("vbEditor.replaceRange(arguments[0], {line: 10, ch: 0}, null, 'paste');", block.toString());
        assertEquals("    noi-dun:", js("return vbEditor.getLine(arguments[0]);", BAD_LINE - 1));
        WebElement problem = waiting().until(d -> d.findElements(By.cssSelector("#problems li.error")).stream()
                .findFirst().orElse(null));
        // The same message as `vanban check` prints for the same text.
        Path copy = project.file("content/sai.yaml");
        Files.writeString(copy, (String) js("return vbEditor.getValue();"));
        String cli = runCli("check", copy.toString());
        Files.delete(copy);
        String expected = cli.lines().filter(l -> l.contains(": lỗi: ")).findFirst().orElseThrow();
        assertEquals(expected.replace(copy.toString(), DOC), problem.getText());
        assertTrue(expected.contains(":" + BAD_LINE + ":"), expected);
        assertEquals(String.valueOf(BAD_LINE), problem.getDomAttribute("data-line"));
        // The mark in the editor: a dot in the gutter of that very line, and the key underlined.
        Long marked = (Long) js("""
                const info = vbEditor.lineInfo(arguments[0] - 1);
                return info.gutterMarkers && info.gutterMarkers['vb-gutter'] ? 1 : 0;""", BAD_LINE);
        assertEquals(1L, marked);
        String title = (String) js("""
                const m = vbEditor.findMarksAt({line: arguments[0] - 1, ch: 6});
                return m.length ? m[0].attributes.title : null;""", BAD_LINE);
        assertEquals(expected.substring(expected.indexOf(": lỗi: ") + 7), title);
        // The pages stay those of the last good text.
        assertEquals(1, pages());
        Browser.screenshot(driver, "2-error-marked");
    }

    @Test
    @Order(3)
    void fixingItUpdatesThePages() throws Exception {
        typeAt(BAD_LINE - 1, "    noi-dun".length(), "g");
        waiting().until(d -> pages() > 1);
        assertTrue(driver.findElements(By.cssSelector("#problems li.error")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".vb-marker.error")).isEmpty());
        assertTrue(driver.findElement(By.id("pages-info")).getText().endsWith("trang"));
        Browser.screenshot(driver, "3-fixed-more-pages");
    }

    @Test
    @Order(4)
    void savesTheFile() throws Exception {
        driver.findElement(By.id("save")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().equals("Đã lưu"));
        assertEquals(js("return vbEditor.getValue();"), Files.readString(project.file(DOC)));
    }

    @Test
    @Order(5)
    void aFileChangedOnDiskIsNotOverwrittenSilently() throws Exception {
        String theirs = Files.readString(project.file(DOC)).replace("Nguyễn Văn A", "Trần Thị B");
        Files.writeString(project.file(DOC), theirs);
        typeAt(5, "trich-yeu: Kiểm thử".length(), " lần hai");
        driver.findElement(By.id("save")).click();
        WebElement modal = waiting().until(d -> d.findElement(By.id("modal")).isDisplayed() ? d.findElement(By.id("modal")) : null);
        assertTrue(modal.getText().contains("đã bị thay đổi trên đĩa"), modal.getText());
        Browser.screenshot(driver, "5-changed-on-disk");
        assertEquals(theirs, Files.readString(project.file(DOC)));
        // The clerk keeps their own version, knowingly.
        driver.findElement(By.cssSelector("#modal-buttons button[data-choice='0']")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().equals("Đã lưu"));
        assertTrue(Files.readString(project.file(DOC)).contains("Kiểm thử lần hai bàn làm việc"));
    }

    @Test
    @Order(6)
    void savesAVersionAndFindsItInTheHistory() throws Exception {
        driver.findElement(By.id("commit")).click();
        waiting().until(d -> d.findElement(By.id("modal")).isDisplayed());
        WebElement box = driver.findElement(By.id("modal-input"));
        box.clear();
        box.sendKeys("Thêm phần nội dung");
        driver.findElement(By.cssSelector("#modal-buttons button[data-choice='0']")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("Đã lưu phiên bản"));
        try (Git git = Git.open(project.root.toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertEquals("Thêm phần nội dung", head.getFullMessage());
            assertEquals("Văn thư", head.getAuthorIdent().getName());
        }
        driver.findElement(By.id("history")).click();
        List<WebElement> rows = waiting().until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector("#versions li.version"));
            return r.size() >= 3 ? r : null;
        });
        assertTrue(rows.get(1).getText().contains("Thêm phần nội dung"), rows.get(1).getText());
        assertTrue(rows.get(2).getText().contains("Bản đầu"), rows.get(2).getText());
        // Two versions chosen: the redline of so-sanh — its summary names the added part, the pages
        // pane shows the marked pages, and the tracked-changes DOCX can be downloaded.
        rows.get(1).findElement(By.tagName("input")).click();
        rows.get(2).findElement(By.tagName("input")).click();
        List<WebElement> changes = waiting().until(d -> {
            List<WebElement> c = d.findElements(By.cssSelector("#redline-summary li.change"));
            return c.isEmpty() ? null : c;
        });
        String summary = driver.findElement(By.id("redline-summary")).getText();
        assertTrue(summary.contains("Việc thứ 40") && summary.contains("được thêm"), summary);
        waiting().until(d -> d.findElement(By.id("pages-info")).getText().startsWith("Bản so sánh"));
        assertTrue(driver.findElement(By.id("pages")).getDomAttribute("class").contains("redline"));
        assertTrue(pages() >= 1);
        assertTrue(driver.findElement(By.id("redline-docx")).isDisplayed());
        // The marked pages carry the added text (pdf.js reads it from the redline PDF).
        Object page = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; vbPageText(0).then(done, e => done(String(e)));");
        assertTrue(String.valueOf(page).contains("việcthứ40") || pagesContain("việcthứ40"), String.valueOf(page));
        Browser.screenshot(driver, "6-history-redline");
        // A line of the summary takes the editor to the change.
        WebElement added = changes.stream().filter(c -> c.getText().contains("Việc thứ 40")).findFirst().orElseThrow();
        int line = Integer.parseInt(added.getDomAttribute("data-line"));
        js("vbEditor.setCursor({line: 0, ch: 0});");
        added.click();
        waiting().until(d -> ((Number) js("return vbEditor.getCursor().line;")).intValue() == line - 1);
        assertTrue(((String) js("return vbEditor.getLine(arguments[0]);", line - 1)).contains("Việc thứ 40"));
        // The text diff is still there, as a second view.
        driver.findElement(By.cssSelector("#diff-box summary")).click();
        WebElement diff = waiting().until(d -> d.findElement(By.id("diff")).getText().contains("+    noi-dung:")
                ? d.findElement(By.id("diff")) : null);
        assertTrue(diff.getText().contains("+      - muc: Việc thứ 40"), diff.getText());
        Browser.screenshot(driver, "6-history-diff");
        // Back to the live preview for the steps after this one.
        driver.findElement(By.id("redline-back")).click();
        waiting().until(d -> !d.findElement(By.id("pages-info")).getText().startsWith("Bản so sánh"));
    }

    private static boolean pagesContain(String text) {
        for (int i = 0; i < pages(); i++) {
            Object t = ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; vbPageText(arguments[0]).then(done, e => done(String(e)));", i);
            if (String.valueOf(t).contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(7)
    void checksTheNd30Format() throws Exception {
        driver.findElement(By.id("panel-close")).click();
        driver.findElement(By.id("conformance")).click();
        WebElement panel = waiting().until(d -> d.findElements(By.cssSelector("#panel-body li.rule")).size() > 5
                ? d.findElement(By.id("panel-body")) : null);
        // vanban's own output meets every rule: "Đạt 11/11 quy tắc".
        assertTrue(panel.getText().lines().findFirst().orElseThrow().matches("Đạt (\\d+)/\\1 quy tắc"), panel.getText());
        assertTrue(driver.findElements(By.cssSelector("#panel-body li.rule.not-met")).isEmpty());
        Browser.screenshot(driver, "7-nd30");
    }

    static String runCli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(args);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Order(8)
    void completesKeysAndExplainsThemFromTheSchema() throws Exception {
        driver.findElement(By.id("panel-close")).click();
        js("vbEditor.replaceRange('\\n', {line: vbEditor.lastLine()});");
        typeAt(((Long) js("return vbEditor.lastLine();")).intValue(), 0, "kin");
        WebElement hints = waiting().until(d -> d.findElements(By.cssSelector(".CodeMirror-hints")).stream().findFirst()
                .orElse(null));
        assertTrue(hints.getText().contains("kinh-gui"), hints.getText());
        Browser.screenshot(driver, "8-completion");
        driver.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(Keys.ENTER);
        assertEquals("kinh-gui: ", js("return vbEditor.getLine(vbEditor.lastLine());"));
        js("vbEditor.replaceRange('', {line: vbEditor.lastLine() - 1, ch: vbEditor.getLine(vbEditor.lastLine() - 1).length},"
                + " {line: vbEditor.lastLine()});");
        // Hover over the key "ky-hieu" (line 3): its help from the schema.
        js("""
                vbEditor.scrollIntoView({line: 2, ch: 0});
                const c = vbEditor.charCoords({line: 2, ch: 3}, 'window');
                vbEditor.getWrapperElement().dispatchEvent(new MouseEvent('mousemove',
                    {clientX: c.left + 2, clientY: (c.top + c.bottom) / 2, bubbles: true}));""");
        WebElement help = driver.findElement(By.id("hover-help"));
        assertTrue(help.isDisplayed());
        assertTrue(help.getText().startsWith("ky-hieu: Ký hiệu văn bản"), help.getText());
        Browser.screenshot(driver, "8-hover-help");
    }

    @Test
    @Order(9)
    void thePagesFollowThePartBeingEdited() throws Exception {
        int last = pages();
        Long line = (Long) js("for (let i = 0; i < vbEditor.lineCount(); i++) if (vbEditor.getLine(i).includes('Việc thứ 40')) return i;");
        js("vbEditor.focus(); vbEditor.setCursor({line: arguments[0] + 2, ch: 14});", line);
        waiting().until(d -> String.valueOf(last).equals(js("const p = document.querySelector('.page.current'); "
                + "return p && p.dataset.page;")));
        Browser.screenshot(driver, "9-follows-cursor");
        js("vbEditor.setCursor({line: 9, ch: 10});");
        waiting().until(d -> "1".equals(js("const p = document.querySelector('.page.current'); return p && p.dataset.page;")));
    }

    @Test
    @Order(10)
    void speaksEnglishOnRequest() throws Exception {
        try (Workbench en = project.start("en")) {
            driver.get(en.url() + "&file=" + DOC);
            waiting().until(d -> pages() > 1);
            assertEquals("Save version", driver.findElement(By.id("commit")).getText());
            assertEquals(pages() + " pages", driver.findElement(By.id("pages-info")).getText());
            Browser.screenshot(driver, "10-english");
        }
    }

    @Test
    @Order(11)
    void aReportIsShownForThePeriodAndUnitChosen() throws Exception {
        driver.get(wb.url() + "&file=content/mau-bao-cao-xa.yaml");
        waiting().until(d -> pages() > 0);
        assertTrue(driver.findElement(By.id("report-controls")).isDisplayed());
        assertTrue(pageText(0).contains("xãbảolinh"), pageText(0));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("period"))).selectByValue("2024");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("unit")))
                .selectByValue("content/so-lieu/dinh-hoa-xa.yaml|phu-dinh");
        waiting().until(d -> pageText(0).contains("xãphúđình"));
        Browser.screenshot(driver, "11-report-unit");
    }

    @Test
    @Order(12)
    void withoutTheTokenTheBrowserGets403() throws Exception {
        String bare = "http://127.0.0.1:" + wb.address().getPort() + "/";
        // With the cookie of the earlier visits the page opens without the token in the URL...
        driver.get(bare);
        waiting().until(d -> !d.findElements(By.cssSelector("#file-list a")).isEmpty());
        // ...and without it, nothing does.
        driver.manage().deleteAllCookies();
        driver.get(bare);
        assertTrue(driver.getPageSource().contains("403"), driver.getPageSource());
        assertTrue(driver.findElements(By.id("editor")).isEmpty());
        Browser.screenshot(driver, "12-no-token");
    }

    private static String pageText(int i) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; vbPageText(arguments[0]).then(done, e => done(String(e)));", i));
    }
}
