package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench's HTTP side without a browser: who is let in, which files can be reached, how saves
 * meet changes on disk, and that bad documents and bad requests leave the server answering.
 */
class WorkbenchHttpTest {
    static TempProject project;
    static Workbench wb;
    static String token;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        project = new TempProject();
        wb = project.start("vi");
        token = wb.url().getQuery().substring("token=".length());
        base = "http://127.0.0.1:" + wb.address().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        wb.close();
        project.close();
    }

    static HttpRequest.Builder req(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header(Guard.HEADER, token);
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void printsALoopbackUrlWithItsToken() {
        assertTrue(wb.url().toString().matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}"), wb.url().toString());
        assertTrue(wb.address().getAddress().isLoopbackAddress());
    }

    @Test
    void withoutTheTokenEverythingIs403() throws Exception {
        for (String p : new String[] {"/", "/api/state", "/app/app.js", "/lib/codemirror/lib/codemirror.js",
                "/api/file?path=content/bao-linh-ke-hoach-2024.yaml"}) {
            assertEquals(403, send(HttpRequest.newBuilder(URI.create(base + p)).build()).statusCode(), p);
            assertEquals(403, send(HttpRequest.newBuilder(URI.create(base + p)).header(Guard.HEADER, "x" + token).build())
                    .statusCode(), p);
        }
        HttpResponse<String> first = send(HttpRequest.newBuilder(URI.create(wb.url().toString())).build());
        assertEquals(200, first.statusCode());
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        // The cookie alone lets the page's later requests in.
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/api/state"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build()).statusCode());
        assertTrue(first.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
    }

    @Test
    void aForeignOriginOrHostIs403() throws Exception {
        assertEquals(403, send(req("/api/state").header("Origin", "http://evil.example").build()).statusCode());
        assertEquals(403, send(req("/api/file?path=content/bao-linh-ke-hoach-2024.yaml").PUT(
                HttpRequest.BodyPublishers.ofString("x")).header("Origin", "http://127.0.0.1.evil.example").build())
                .statusCode());
        assertEquals(200, send(req("/api/state").header("Origin", base).build()).statusCode());
        // DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1 sends Host: evil.example.
        assertTrue(raw("GET /api/state?token=" + token + " HTTP/1.1\r\nHost: evil.example:" + wb.address().getPort()
                + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 403"));
        assertTrue(raw("GET /api/state?token=" + token + " HTTP/1.1\r\nHost: localhost:" + wb.address().getPort()
                + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
    }

    static String raw(String request) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), wb.address().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a.isLoopbackAddress() || a.isLinkLocalAddress()) {
                    continue;
                }
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(a, wb.address().getPort()), 2000);
                    throw new AssertionError("the workbench answers on " + a);
                } catch (java.io.IOException expected) {
                    // refused: good
                }
            }
        }
    }

    @Test
    void onlyYamlFilesUnderContentCanBeReached() throws Exception {
        for (String p : new String[] {"../../../etc/passwd", "content/../../x.yaml", "/etc/hosts.yaml", "pom.xml",
                "templates/loai-van-ban.yaml", "content/../templates/loai-van-ban.yaml", "content/x.ftlx"}) {
            int code = send(req("/api/file?path=" + enc(p)).build()).statusCode();
            assertTrue(code == 403 || code == 400, p + " -> " + code);
            code = send(req("/api/file?path=" + enc(p)).header("If-None-Match", "*")
                    .PUT(HttpRequest.BodyPublishers.ofString("loai: ke-hoach\n")).build()).statusCode();
            assertTrue(code == 403 || code == 400, p + " -> " + code);
        }
        // A link inside content/ that leads out of the project is refused too.
        java.nio.file.Path outside = Files.createTempFile("outside", ".yaml");
        try {
            Files.createSymbolicLink(project.file("content/link.yaml"), outside);
            assertEquals(403, send(req("/api/file?path=content/link.yaml").build()).statusCode());
        } finally {
            Files.deleteIfExists(project.file("content/link.yaml"));
            Files.delete(outside);
        }
        assertEquals(404, send(req("/lib/codemirror/../../../vn/vanban/cli/Main.class").build()).statusCode());
        assertEquals(404, send(req("/app/../diag/messages_vi.properties").build()).statusCode());
    }

    @Test
    void requestSizesAreBounded() throws Exception {
        byte[] big = new byte[Workbench.MAX_BODY + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = send(req("/api/preview?path=content/bao-linh-ke-hoach-2024.yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertEquals(413, r.statusCode());
    }

    @Test
    void aSaveNeverOverwritesAChangeOnDiskSilently() throws Exception {
        String path = "content/bao-linh-ke-hoach-2024.yaml";
        HttpResponse<String> opened = send(req("/api/file?path=" + path).build());
        String hash = opened.body().replaceAll("(?s).*\"hash\": \"([0-9a-f]+)\".*", "$1");
        String mine = Files.readString(project.file(path)) + "# sửa của tôi\n";
        // No If-Match: refused, nothing written.
        assertEquals(428, send(req("/api/file?path=" + path).PUT(HttpRequest.BodyPublishers.ofString(mine)).build())
                .statusCode());
        // Someone else changed the file.
        String theirs = Files.readString(project.file(path)) + "# sửa của người khác\n";
        Files.writeString(project.file(path), theirs);
        HttpResponse<String> conflict = send(req("/api/file?path=" + path).header("If-Match", "\"" + hash + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(mine)).build());
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.body().contains("sửa của người khác"));
        assertEquals(theirs, Files.readString(project.file(path)));
        // With the hash of what is on disk now, the clerk's choice to overwrite goes through.
        String now = conflict.body().replaceAll("(?s).*\"hash\": \"([0-9a-f]+)\".*", "$1");
        assertEquals(200, send(req("/api/file?path=" + path).header("If-Match", "\"" + now + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(mine)).build()).statusCode());
        assertEquals(mine, Files.readString(project.file(path)));
    }

    @Test
    void brokenDocumentsAndTemplatesLeaveTheServerAnswering() throws Exception {
        String path = "/api/preview?path=content/bao-linh-ke-hoach-2024.yaml";
        for (String text : new String[] {"", "loai: [", "\t- x", "loai: ke-hoach\nnoi-dung: {{x}}\n", "a: &a [*a]",
                "loai: khong-co\n", "loai: ke-hoach\ntrich-yeu: 😀\n", "\u0000\u0001"}) {
            HttpResponse<String> r = send(req(path).POST(HttpRequest.BodyPublishers.ofString(text)).build());
            assertEquals(200, r.statusCode(), text + ": " + r.body());
            assertTrue(r.body().contains("\"ok\": false") && r.body().contains("\"severity\": \"error\""), r.body());
        }
        // A template that fails: the office's own template dir with a broken ke-hoach.ftlx.
        Files.createDirectories(project.file("mau"));
        Files.writeString(project.file("mau/ke-hoach.ftlx"), "<#if>");
        try (Workbench other = Workbench.start(new Workbench.Config(new vn.vanban.load.ProjectDir(project.root),
                InetAddress.getLoopbackAddress(), 0, "en", project.file("mau")))) {
            String t = other.url().getQuery().substring(6);
            String text = Files.readString(project.file("content/bao-linh-ke-hoach-2024.yaml"));
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.address().getPort()
                    + path)).header(Guard.HEADER, t).POST(HttpRequest.BodyPublishers.ofString(text)).build());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"ok\": false") && r.body().contains("ke-hoach.ftlx"), r.body());
        }
        // And the good text still renders after all that.
        String good = Files.readString(project.file("content/bao-linh-ke-hoach-2024.yaml"));
        HttpResponse<String> r = send(req(path).POST(HttpRequest.BodyPublishers.ofString(good)).build());
        assertTrue(r.body().contains("\"ok\": true") && r.body().contains("}\n%PDF-"), r.body().substring(0, 200));
    }

    @Test
    void versionsWithoutGitCommands() throws Exception {
        String path = "content/thua-thien-hue-ke-hoach-2023.yaml";
        Files.writeString(project.file(path), Files.readString(project.file(path)) + "# phiên bản hai\n");
        HttpResponse<String> r = send(req("/api/commit?path=" + path).POST(HttpRequest.BodyPublishers.ofString("Phiên bản hai"))
                .build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Phiên bản hai"), r.body());
        // Nothing new: no empty version.
        r = send(req("/api/commit?path=" + path).POST(HttpRequest.BodyPublishers.ofString("Lại")).build());
        assertTrue(r.body().contains("\"unchanged\": true"), r.body());
        r = send(req("/api/history?path=" + path).build());
        assertTrue(r.body().indexOf("Phiên bản hai") < r.body().indexOf("Bản đầu"), r.body());
        String newer = r.body().replaceAll("(?s).*?\"id\": \"([0-9a-f]{40})\".*", "$1");
        String older = r.body().replaceAll("(?s).*\"id\": \"([0-9a-f]{40})\".*", "$1");
        r = send(req("/api/diff?path=" + path + "&a=" + older + "&b=" + newer).build());
        assertTrue(r.body().contains("+# phiên bản hai"), r.body());
        assertFalse(r.body().contains("\n-"), r.body());
        assertEquals(400, send(req("/api/diff?path=" + path + "&a=HEAD~1&b=" + newer).build()).statusCode());
    }

    /** The redline of so-sanh between two committed versions, and between a version and the editor's text. */
    @Test
    void theRedlineOfTwoVersions() throws Exception {
        String path = "content/nghe-an-ke-hoach-2023.yaml";
        String first = Files.readString(project.file(path));
        String lead = first.replaceAll("(?s).*?\n(\s*)chu-tri: ([^\n]+)\n.*", "$2").trim();
        assertFalse(lead.contains("\n"), lead);
        String second = first.replaceFirst("chu-tri: " + java.util.regex.Pattern.quote(lead), "chu-tri: Sở Tư pháp");
        assertFalse(first.equals(second));
        Files.writeString(project.file(path), second);
        assertEquals(200, send(req("/api/commit?path=" + path).POST(HttpRequest.BodyPublishers.ofString("Đổi chủ trì"))
                .build()).statusCode());
        String history = send(req("/api/history?path=" + path).build()).body();
        String newer = history.replaceAll("(?s).*?\"id\": \"([0-9a-f]{40})\".*", "$1");
        String older = history.replaceAll("(?s).*\"id\": \"([0-9a-f]{40})\".*", "$1");
        assertFalse(newer.equals(older), history);

        Redlined r = redline(path, older, newer, null);
        assertTrue(r.json().contains("\"ok\": true"), r.json());
        // The change named as so-sanh --tom-tat names it, pointing at its line in the file.
        assertTrue(r.json().contains("đơn vị chủ trì") && r.json().contains("Sở Tư pháp"), r.json());
        int line = java.util.Arrays.asList(second.split("\n", -1)).indexOf(
                second.lines().filter(l -> l.contains("chu-tri: Sở Tư pháp")).findFirst().orElseThrow()) + 1;
        // The task whose lead changed: its line in the new version, at or above the changed key.
        int at = Integer.parseInt(r.json().replaceAll("(?s).*\"line\": (\\d+).*", "$1"));
        assertTrue(r.json().contains("\"path\": \"" + path + "\"") && at > 0 && at <= line
                && r.json().contains(".yaml:" + at + ":"), r.json());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(r.docx()))) {
            String xml = doc.getDocument().xmlText();
            assertTrue(xml.contains("<w:ins ") && xml.contains("<w:del "), "tracked changes expected");
            assertTrue(xml.contains("Sở Tư pháp"));
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(r.pdf())) {
            assertTrue(pdf.getNumberOfPages() > 1);
            String shown = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            String flat = shown.replaceAll("\\s+", " ");
            assertTrue(flat.contains("Sở Tư pháp") && flat.contains(lead), "both the new and the struck-out lead: " + flat);
        }

        // Against the text in the editor (not saved): the summary names the editor's change.
        String editor = second.replace("chu-tri: Sở Tư pháp", "chu-tri: Sở Nội vụ");
        r = redline(path, newer, "editor", editor);
        assertTrue(r.json().contains("“Sở Tư pháp” → “Sở Nội vụ”"), r.json());
        assertEquals(second, Files.readString(project.file(path)), "the file on disk is untouched");

        // Versions by full commit id only; only files inside the project; no token, no redline.
        assertEquals(400, send(req("/api/redline?path=" + path + "&a=HEAD~1&b=" + newer)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        assertEquals(400, send(req("/api/redline?path=" + path + "&a=" + older + "&b=main")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        assertEquals(404, send(req("/api/redline?path=" + path + "&a=" + "0".repeat(40) + "&b=disk")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        assertEquals(403, send(req("/api/redline?path=../pom.yaml&a=" + older + "&b=disk")
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(base + "/api/redline?path=" + path + "&a=" + older + "&b=" + newer))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
    }

    record Redlined(String json, byte[] pdf, byte[] docx) {
    }

    static Redlined redline(String path, String a, String b, String editor) throws Exception {
        HttpResponse<byte[]> r = http.send(req("/api/redline?path=" + path + "&a=" + a + "&b=" + b)
                .POST(editor == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(editor)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(r.body());
        int n = buf.getInt();
        String json = new String(r.body(), 4, n, StandardCharsets.UTF_8);
        if (r.body().length == 4 + n) {
            return new Redlined(json, new byte[0], new byte[0]);
        }
        buf.position(4 + n);
        int pdfLength = buf.getInt();
        byte[] pdf = java.util.Arrays.copyOfRange(r.body(), 8 + n, 8 + n + pdfLength);
        byte[] docx = java.util.Arrays.copyOfRange(r.body(), 8 + n + pdfLength, r.body().length);
        return new Redlined(json, pdf, docx);
    }

    static String text(HttpResponse<byte[]> r) throws Exception {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(r.body());
        int n = b.getInt();
        byte[] pdf = java.util.Arrays.copyOfRange(r.body(), 4 + n, r.body().length);
        assertTrue(pdf.length > 0, new String(r.body(), 4, n, StandardCharsets.UTF_8));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    static HttpResponse<byte[]> preview(String query, String body) throws Exception {
        return http.send(req("/api/preview?" + query).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aNewDocumentFromItsTypesSkeletonRendersAtOnce() throws Exception {
        for (String type : new String[] {"ke-hoach", "bao-cao"}) {
            HttpResponse<String> r = send(req("/api/new?type=" + type + "&name=moi-" + type)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, r.statusCode(), r.body());
            String path = "content/moi-" + type + ".yaml";
            String text = Files.readString(project.file(path));
            assertTrue(text.contains("loai: " + type), text);
            String pdf = text(preview("path=" + path, text));
            assertTrue(pdf.contains(type.equals("ke-hoach") ? "KẾ HOẠCH" : "BÁO CÁO"), pdf);
            // Never over an existing file.
            assertEquals(409, send(req("/api/new?type=" + type + "&name=moi-" + type)
                    .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
        }
        assertEquals(400, send(req("/api/new?type=ke-hoach&name=" + enc("../x")).POST(HttpRequest.BodyPublishers.noBody())
                .build()).statusCode());
    }

    @Test
    void aReportIsShownForThePeriodAndUnitChosen() throws Exception {
        String path = "content/mau-bao-cao-xa.yaml";
        String text = Files.readString(project.file(path));
        String own = text(preview("path=" + path + "&ky=2024", text));
        String unit = text(preview("path=" + path + "&ky=2024&don-vi=" + enc("content/so-lieu/dinh-hoa-xa.yaml")
                + "&ma=phu-dinh", text));
        assertTrue(own.toUpperCase(java.util.Locale.ROOT).contains("BẢO LINH"), own);
        assertTrue(unit.toUpperCase(java.util.Locale.ROOT).contains("PHÚ ĐÌNH"), unit);
        HttpResponse<String> state = send(req("/api/state").build());
        assertTrue(state.body().contains("\"2024-6T\"") && state.body().contains("\"phu-dinh\""), state.body());
    }

    @Test
    void downloadsTheDocxAndPdfOfTheTextInTheEditor() throws Exception {
        String path = "content/bao-linh-ke-hoach-2024.yaml";
        String text = Files.readString(project.file(path)).replace("Hoàng Văn Đại", "Người Ký Thử");
        HttpResponse<byte[]> docx = http.send(req("/api/export?format=docx&path=" + path)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers().firstValue("Content-Disposition").orElseThrow().contains(".docx"));
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()));
             var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            assertTrue(x.getText().contains("Người Ký Thử"), x.getText());
        }
        HttpResponse<byte[]> pdf = http.send(req("/api/export?format=pdf&path=" + path)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofByteArray());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("Người Ký Thử"));
        }
        // A text with an error gives its messages, not a file.
        HttpResponse<String> bad = send(req("/api/export?format=pdf&path=" + path)
                .POST(HttpRequest.BodyPublishers.ofString(text.replace("ky-hieu:", "ky-hieuu:"))).build());
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("ky-hieuu"), bad.body());
    }
}
