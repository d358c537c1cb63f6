package vn.vanban.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import vn.vanban.compare.Redline;
import vn.vanban.compare.git.GitVersions;
import vn.vanban.content.DocType;
import vn.vanban.data.DataStage;
import vn.vanban.format.Period;
import vn.vanban.data.Unit;
import vn.vanban.data.Units;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Messages;
import vn.vanban.fonts.FontSet;
import vn.vanban.load.ProjectDir;
import vn.vanban.load.YamlLoader;
import vn.vanban.profile.Nd30Profile;
import vn.vanban.render.Engine;
import vn.vanban.render.Formats;
import vn.vanban.schema.SchemaGenerator;
import vn.vanban.schema.SchemaTexts;
import vn.vanban.load.TemplateSource;

/**
 * {@code vanban serve}: the clerk's workbench, a local web app on the JDK's own HTTP server. One
 * engine renders every preview in memory; the page (CodeMirror and pdf.js from WebJars, served from
 * the classpath) talks to the small JSON API below. Every request passes the {@link Guard} first, and
 * every handler answers even when the document, a template or the engine fails.
 */
public final class Workbench implements AutoCloseable {
    /** What the command line chose. {@code bind} is the loopback address unless the clerk asked otherwise. */
    public record Config(ProjectDir project, InetAddress bind, int port, String lang, Path templates) {
    }

    /** Larger than any content file YamlLoader accepts, and than a commit message. */
    static final int MAX_BODY = (int) Math.min(Integer.MAX_VALUE - 16, YamlLoader.Limits.defaults().maxBytes() + 1024);
    private static final String WEB = "/vn/vanban/serve/web/";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

    private final HttpServer server;
    private final ExecutorService pool;
    private final Guard guard;
    private final Workspace workspace;
    private final Preview preview;
    private final Versions versions;
    private final Engine engine;
    private final Formats formats;
    private final Messages msg;
    private final String lang;
    private final Path templates;
    private final Map<String, String> webjarVersions = new LinkedHashMap<>();
    /** Renders at once: as many as cores, so typing in two tabs cannot starve the machine. */
    private final Semaphore renders = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final URI url;

    private Workbench(Config c, Engine engine) throws IOException {
        this.engine = engine;
        this.lang = "en".equalsIgnoreCase(c.lang()) ? "en" : "vi";
        this.msg = Messages.forLanguage(lang);
        this.templates = c.templates();
        this.workspace = new Workspace(c.project());
        this.versions = new Versions(c.project().root());
        this.formats = new Formats(Nd30Profile.defaults(), FontSet::bundled);
        this.preview = new Preview(engine, formats, msg, workspace);
        this.server = HttpServer.create(new InetSocketAddress(c.bind(), c.port()), 0);
        int port = server.getAddress().getPort();
        Set<String> hosts = new HashSet<>();
        String literal = c.bind().getHostAddress();
        String shown = literal.contains(":") ? "[" + literal + "]" : literal;
        hosts.add(shown + ":" + port);
        if (c.bind().isLoopbackAddress()) {
            hosts.addAll(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
        } else if (c.bind().isAnyLocalAddress()) {
            // Bound everywhere on purpose (--dia-chi): the machine's own name and addresses are this server too.
            hosts.addAll(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
            InetAddress local = InetAddress.getLocalHost();
            hosts.add(local.getHostName().toLowerCase(Locale.ROOT) + ":" + port);
            hosts.add(local.getHostAddress() + ":" + port);
        }
        this.guard = new Guard(Guard.newToken(), hosts, port);
        String host = c.bind().isAnyLocalAddress() || c.bind().isLoopbackAddress() ? "127.0.0.1" : shown;
        this.url = URI.create("http://" + host + ":" + port + "/?token=" + guard.token());
        for (String lib : List.of("codemirror", "pdfjs-dist")) {
            webjarVersions.put(lib, webjarVersion(lib));
        }
        this.pool = Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "vanban-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    /** Starts the server; a template registry that cannot be read is a {@link ContentException}. */
    public static Workbench start(Config c) throws IOException {
        Engine engine = new Engine(new TemplateSource(c.templates()));
        Workbench w = new Workbench(c, engine);
        w.server.start();
        return w;
    }

    /** The address to open, with the token. */
    public URI url() {
        return url;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private static String webjarVersion(String lib) {
        String res = "/META-INF/maven/org.webjars.npm/" + lib + "/pom.properties";
        try (InputStream in = Workbench.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("missing web library " + lib);
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange ex) {
        try {
            String refusal = guard.refusal(ex.getRequestURI(), ex.getRequestHeaders());
            if (refusal != null) {
                Http.send(ex, 403, "text/plain; charset=utf-8", ("403 " + refusal + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            route(ex);
        } catch (Http.TooLarge e) {
            reply(ex, 413, "too-large", String.valueOf(MAX_BODY));
        } catch (Http.BadRequest e) {
            reply(ex, e.status, e.code, e.getMessage());
        } catch (Throwable e) {
            // Nothing a request does may stop the server; the page shows the reason.
            reply(ex, 500, "internal", e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            ex.close();
        }
    }

    private static void reply(HttpExchange ex, int status, String code, String detail) {
        try {
            Http.error(ex, status, code, detail);
        } catch (IOException | RuntimeException ignored) {
            // The browser went away; nothing to tell it.
        }
    }

    private void route(HttpExchange ex) throws Exception {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        Map<String, String> q = Http.query(ex.getRequestURI());
        if (path.equals("/") || path.equals("/index.html")) {
            if (guard.inQuery(ex.getRequestURI())) {
                ex.getResponseHeaders().add("Set-Cookie", guard.cookie());
            }
            staticFile(ex, "index.html");
            return;
        }
        if (path.startsWith("/app/")) {
            staticFile(ex, path.substring(5));
            return;
        }
        if (path.startsWith("/lib/")) {
            library(ex, path.substring(5));
            return;
        }
        switch (method + " " + path) {
            case "GET /api/state" -> Http.json(ex, 200, state());
            case "GET /api/schema" -> Http.send(ex, 200, "application/json; charset=utf-8",
                    new SchemaGenerator(engine.types(), SchemaTexts.load(lang)).json().getBytes(StandardCharsets.UTF_8));
            case "GET /api/file" -> {
                Workspace.Opened o = workspace.open(q.get("path"));
                Http.json(ex, 200, Map.of("path", q.get("path"), "text", o.text(), "hash", o.hash()));
            }
            case "PUT /api/file" -> save(ex, q);
            case "POST /api/new" -> create(ex, q);
            case "POST /api/preview" -> render(ex, q, "preview");
            case "POST /api/export" -> render(ex, q, "export");
            case "POST /api/conformance" -> render(ex, q, "conformance");
            case "POST /api/commit" -> commit(ex, q);
            case "GET /api/history" -> {
                List<Object> vs = new ArrayList<>();
                versions.history(workspace.resolve(q.get("path"))).forEach(v -> vs.add(v.json()));
                Http.json(ex, 200, Map.of("versions", vs));
            }
            case "GET /api/diff", "POST /api/diff" -> diff(ex, q);
            case "POST /api/redline" -> redline(ex, q);
            default -> Http.error(ex, 404, "not-found", path);
        }
    }

    private void staticFile(HttpExchange ex, String name) throws IOException {
        if (!name.matches("[a-z0-9-]+\\.(html|js|css)")) {
            Http.error(ex, 404, "not-found", name);
            return;
        }
        try (InputStream in = Workbench.class.getResourceAsStream(WEB + name)) {
            if (in == null) {
                Http.error(ex, 404, "not-found", name);
                return;
            }
            ex.getResponseHeaders().set("Content-Security-Policy", CSP);
            Http.send(ex, 200, type(name), in.readAllBytes());
        }
    }

    /** {@code /lib/codemirror/lib/codemirror.js}: a file of a WebJar on the classpath, version filled in. */
    private void library(HttpExchange ex, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String lib = slash < 0 ? rest : rest.substring(0, slash);
        String file = slash < 0 ? "" : rest.substring(slash + 1);
        String version = webjarVersions.get(lib);
        if (version == null || file.isEmpty() || file.contains("..") || file.contains("//") || file.contains("\\")) {
            Http.error(ex, 404, "not-found", rest);
            return;
        }
        try (InputStream in = Workbench.class.getResourceAsStream("/META-INF/resources/webjars/" + lib + "/" + version + "/" + file)) {
            if (in == null) {
                Http.error(ex, 404, "not-found", rest);
                return;
            }
            // Versioned in the jar: the browser may keep them for the session.
            ex.getResponseHeaders().set("Cache-Control", "private, max-age=3600");
            Http.send(ex, 200, type(file), in.readAllBytes());
        }
    }

    private static String type(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".js") || n.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        }
        if (n.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (n.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (n.endsWith(".json") || n.endsWith(".map")) {
            return "application/json; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /** What the page needs to start: its language, the files, the document types, periods and units. */
    private Map<String, Object> state() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", lang);
        m.put("documents", workspace.documents());
        m.put("dataFiles", workspace.dataFiles());
        List<Object> types = new ArrayList<>();
        for (DocType t : engine.types().all()) {
            types.add(Map.of("key", t.key(), "name", t.nameInText()));
        }
        m.put("types", types);
        m.put("periods", workspace.periods());
        List<Object> unitFiles = new ArrayList<>();
        for (String f : workspace.dataFiles()) {
            Path p = workspace.resolve(f);
            String head = Files.readString(p, StandardCharsets.UTF_8);
            if (!head.contains("\ndon-vi:") && !head.startsWith("don-vi:")) {
                continue;
            }
            try {
                List<Object> units = new ArrayList<>();
                for (Unit u : Units.load(p)) {
                    String name = u.text("ten-co-quan");
                    units.add(Map.of("code", u.code(), "name", name == null ? u.code() : name));
                }
                unitFiles.add(Map.of("file", f, "units", units));
            } catch (ContentException e) {
                // A units file with errors is left out of the selector; `vanban check` tells why.
            }
        }
        m.put("unitFiles", unitFiles);
        return m;
    }

    private void save(HttpExchange ex, Map<String, String> q) throws Exception {
        byte[] text = Http.body(ex, MAX_BODY);
        String ifMatch = ex.getRequestHeaders().getFirst("If-Match");
        String expected = ifMatch == null ? null : ifMatch.replace("\"", "").trim();
        if (expected == null && !"*".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            // A save must say which version it replaces (or that the file is new): never a blind overwrite.
            Http.error(ex, 428, "precondition-required", "If-Match");
            return;
        }
        Object r = workspace.save(q.get("path"), text, expected);
        if (r instanceof Workspace.Conflict c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", "changed-on-disk");
            m.put("text", c.text());
            m.put("hash", c.hash());
            Http.json(ex, 409, m);
        } else {
            Http.json(ex, 200, Map.of("hash", r));
        }
    }

    private void create(HttpExchange ex, Map<String, String> q) throws Exception {
        DocType type = engine.types().find(String.valueOf(q.get("type")));
        String name = String.valueOf(q.get("name")).trim();
        if (type == null) {
            throw new Http.BadRequest(400, "unknown-type", q.get("type"));
        }
        if (!name.matches("[a-z0-9][a-z0-9-]{0,80}")) {
            throw new Http.BadRequest(400, "bad-name", name);
        }
        String rel = Workspace.CONTENT + "/" + name + ".yaml";
        Object r = workspace.save(rel, Workspace.skeleton(type, lang.equals("en")).getBytes(StandardCharsets.UTF_8), null);
        if (r instanceof Workspace.Conflict) {
            throw new Http.BadRequest(409, "exists", rel);
        }
        Http.json(ex, 200, Map.of("path", rel));
    }

    /** The period and unit a report is shown for ({@code ky}, {@code don-vi} file and {@code ma} code). */
    private DataStage.Request request(Map<String, String> q) {
        Period period = null;
        String ky = q.get("ky");
        if (ky != null && !ky.isBlank()) {
            period = Period.parse(ky);
            if (period == null) {
                throw new Http.BadRequest(400, "bad-period", ky);
            }
        }
        Unit unit = null;
        String file = q.get("don-vi");
        String code = q.get("ma");
        if (file != null && !file.isBlank() && code != null && !code.isBlank()) {
            unit = Units.load(workspace.resolve(file)).stream().filter(u -> u.code().equals(code)).findFirst()
                    .orElseThrow(() -> new Http.BadRequest(400, "unknown-unit", code));
        }
        return new DataStage.Request(period, unit);
    }

    private void render(HttpExchange ex, Map<String, String> q, String what) throws Exception {
        Path file = workspace.resolve(q.get("path"));
        byte[] text = Http.body(ex, MAX_BODY);
        String format = what.equals("preview") ? "pdf" : what.equals("conformance") ? "docx" : q.getOrDefault("format", "pdf");
        if (!format.equals("pdf") && !format.equals("docx")) {
            throw new Http.BadRequest(400, "bad-format", format);
        }
        long t0 = System.nanoTime();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        Preview.Result r;
        DataStage.Request req;
        try {
            req = request(q);
        } catch (ContentException e) {
            Http.json(ex, 200, Map.of("ok", false, "diagnostics", preview.json(file, e.diagnostics())));
            return;
        }
        renders.acquire();
        try {
            r = preview.run(file, text, req, format);
        } finally {
            renders.release();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", r.ok());
        m.put("ms", Math.round(ms * 10) / 10.0);
        m.put("writeMs", Math.round(r.writeMs() * 10) / 10.0);
        // CPU time of this thread: what the render costs on a machine with a core to spare.
        m.put("cpuMs", Math.round((cpu.getCurrentThreadCpuTime() - c0) / 1e5) / 10.0);
        m.put("diagnostics", preview.json(file, r.diagnostics()));
        if (what.equals("export") && r.ok()) {
            String base = r.baseName() == null ? "van-ban" : r.baseName();
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + base.replaceAll("[^A-Za-z0-9._-]", "_")
                    + "." + format + "\"");
            Http.send(ex, 200, format.equals("pdf") ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", r.output());
            return;
        }
        if (what.equals("preview")) {
            // The messages as JSON and the PDF as it is, in one reply: [JSON length, 4 bytes][JSON][PDF].
            // No base64 and no JSON escaping of the PDF, on either side.
            byte[] head = vn.vanban.json.JsonWriter.write(m).getBytes(StandardCharsets.UTF_8);
            byte[] pdf = r.ok() ? r.output() : new byte[0];
            java.nio.ByteBuffer frame = java.nio.ByteBuffer.allocate(4 + head.length + pdf.length);
            frame.putInt(head.length).put(head).put(pdf);
            Http.send(ex, 200, "application/octet-stream", frame.array());
            return;
        }
        if (what.equals("conformance") && r.ok()) {
            m.put("rules", preview.conformance(r.output()));
        }
        Http.json(ex, what.equals("export") ? 422 : 200, m);
    }

    private void commit(HttpExchange ex, Map<String, String> q) throws Exception {
        Path file = workspace.resolve(q.get("path"));
        String message = new String(Http.body(ex, 4000), StandardCharsets.UTF_8).strip();
        if (message.isEmpty()) {
            throw new Http.BadRequest(400, "empty-message", "");
        }
        if (!Files.isRegularFile(file)) {
            throw new Http.BadRequest(404, "not-found", q.get("path"));
        }
        Versions.Version v = versions.commit(file, message);
        Http.json(ex, 200, v == null ? Map.of("unchanged", true) : Map.of("version", v.json()));
    }

    private void diff(HttpExchange ex, Map<String, String> q) throws Exception {
        Path file = workspace.resolve(q.get("path"));
        byte[] a = versions.content(file, String.valueOf(q.get("a")));
        String bId = String.valueOf(q.get("b"));
        byte[] b = bId.equals("editor") ? Http.body(ex, MAX_BODY)
                : bId.equals("disk") ? Files.readAllBytes(file) : versions.content(file, bId);
        Http.json(ex, 200, Map.of("diff", Versions.diff(a, b)));
    }

    /**
     * The redline of {@code so-sanh} between version {@code a} and {@code b} (a version, the file on
     * disk, or the editor's text sent as the body), by the compare package's one path. Versions are
     * named by full commit id only. Reply: [JSON length, 4 bytes][JSON][PDF length, 4 bytes][PDF][DOCX].
     */
    private void redline(HttpExchange ex, Map<String, String> q) throws Exception {
        Path file = workspace.resolve(q.get("path"));
        String a = String.valueOf(q.get("a"));
        String b = String.valueOf(q.get("b"));
        if (!Versions.isId(a)) {
            throw new Http.BadRequest(400, "bad-version", a);
        }
        if (!b.equals("disk") && !b.equals("editor") && !Versions.isId(b)) {
            throw new Http.BadRequest(400, "bad-version", b);
        }
        byte[] text = b.equals("editor") ? Http.body(ex, MAX_BODY) : null;
        DataStage.Request req;
        try {
            req = request(q);
        } catch (ContentException e) {
            framed(ex, Map.of("ok", false, "errors", preview.json(file, e.diagnostics()).stream()
                    .map(d -> d.get("text")).toList()), null, null);
            return;
        }
        long t0 = System.nanoTime();
        List<GitVersions.Version> made = new ArrayList<>();
        Redline.Result r;
        renders.acquire();
        try (GitVersions git = GitVersions.open(file)) {
            GitVersions.Version older = git.at(a);
            made.add(older);
            GitVersions.Version newer = Versions.isId(b) ? git.at(b) : git.working(file);
            made.add(newer);
            r = Redline.of(engine, formats, Redline.Side.of(older), new Redline.Side(newer, text), req, file, msg);
        } catch (GitVersions.Problem p) {
            throw new Http.BadRequest(404, p.key(), msg.get(p.key(), p.args()));
        } catch (Redline.VersionFailed f) {
            framed(ex, Map.of("ok", false, "errors", f.lines()), null, null);
            return;
        } finally {
            renders.release();
            made.forEach(GitVersions::discard);
        }
        List<Object> lines = new ArrayList<>();
        for (Redline.Line l : r.summary()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("place", l.place());
            Path src = l.source() == null ? null : l.source().toAbsolutePath().normalize();
            m.put("path", src != null && src.startsWith(workspace.root()) ? workspace.relative(src) : null);
            m.put("line", l.line());
            m.put("text", l.text());
            lines.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", true);
        m.put("name", r.baseName());
        m.put("ms", Math.round((System.nanoTime() - t0) / 1e5) / 10.0);
        m.put("insertions", r.comparison().redline().insertions());
        m.put("deletions", r.comparison().redline().deletions());
        m.put("summary", lines);
        framed(ex, m, r.comparison().pdf(), r.comparison().docx());
    }

    /** [JSON length, 4 bytes][JSON], then when there is a redline [PDF length, 4 bytes][PDF][DOCX]. */
    private static void framed(HttpExchange ex, Map<String, Object> json, byte[] pdf, byte[] docx) throws IOException {
        byte[] head = vn.vanban.json.JsonWriter.write(json).getBytes(StandardCharsets.UTF_8);
        int rest = pdf == null ? 0 : 4 + pdf.length + docx.length;
        java.nio.ByteBuffer frame = java.nio.ByteBuffer.allocate(4 + head.length + rest);
        frame.putInt(head.length).put(head);
        if (pdf != null) {
            frame.putInt(pdf.length).put(pdf).put(docx);
        }
        Http.send(ex, 200, "application/octet-stream", frame.array());
    }
}
