package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Messages;
import vn.vanban.load.ProjectDir;
import vn.vanban.serve.Workbench;

/**
 * {@code vanban serve [--port N] [--mo] [--lang en] [--mau DIR] [--dia-chi ADDR]}: starts the
 * workbench ({@link Workbench}) on the loopback address, prints its URL with the token, and runs until
 * interrupted. The server's classes load only here, so other commands do not pay for them.
 */
final class ServeCommand {
    static final int DEFAULT_PORT = 8030;
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;

    ServeCommand(PrintStream out, PrintStream err, Messages msg) {
        this.out = out;
        this.err = err;
        this.msg = msg;
    }

    int run(List<String> args) {
        int port = DEFAULT_PORT;
        boolean open = false;
        String lang = "vi";
        Path templates = null;
        InetAddress bind = InetAddress.getLoopbackAddress();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--mo", "--open" -> open = true;
                case "--debug" -> {
                }
                case "--port", "--lang", "--mau", "--templates", "--dia-chi", "--bind" -> {
                    if (i + 1 >= args.size()) {
                        err.println(msg.get("usage.missing-value", a));
                        return 2;
                    }
                    String v = args.get(++i);
                    switch (a) {
                        case "--port" -> {
                            try {
                                port = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                port = -1;
                            }
                            if (port < 0 || port > 65535) {
                                err.println(msg.get("serve.bad-port", v));
                                return 2;
                            }
                        }
                        case "--lang" -> lang = v;
                        case "--dia-chi", "--bind" -> {
                            try {
                                bind = InetAddress.getByName(v);
                            } catch (UnknownHostException e) {
                                err.println(msg.get("serve.bad-address", v));
                                return 2;
                            }
                        }
                        default -> templates = Path.of(v);
                    }
                }
                default -> {
                    err.println(msg.get("usage.unknown-option", a));
                    err.println(msg.get("usage.text"));
                    return 2;
                }
            }
        }
        ProjectDir project = ProjectDir.fromWorkingDirectory();
        if (templates != null) {
            Diagnostic bad = project.checkTemplateDir(templates);
            if (bad != null) {
                err.println(bad.format(msg));
                return 1;
            }
        }
        Workbench wb;
        try {
            wb = Workbench.start(new Workbench.Config(project, bind, port, lang, templates));
        } catch (ContentException e) {
            e.diagnostics().forEach(d -> err.println(d.format(msg)));
            return 1;
        } catch (java.net.BindException e) {
            err.println(msg.get("serve.port-in-use", port));
            return 1;
        } catch (IOException e) {
            err.println(msg.get("serve.cannot-start", e.getMessage()));
            return 1;
        }
        if (!bind.isLoopbackAddress()) {
            err.println(msg.get("serve.not-loopback", bind.getHostAddress()));
        }
        out.println(msg.get("serve.started", project.root()));
        out.println(wb.url());
        out.flush();
        if (open) {
            openBrowser(wb.url().toString());
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            wb.close();
            stop.countDown();
        }));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The system's browser, without AWT (the launcher runs headless). */
    private void openBrowser(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> cmd = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println(msg.get("serve.no-browser"));
        }
    }
}
