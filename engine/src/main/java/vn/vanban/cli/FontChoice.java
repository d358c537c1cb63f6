package vn.vanban.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;
import vn.vanban.fonts.FontSet;

/**
 * The font set a command measures with: the bundled one, or the office's own from {@code --phong-chu},
 * so {@code check} warns about the tables {@code render} would lay out with the same fonts.
 */
final class FontChoice {
    private FontChoice() {
    }

    /** The fonts {@code o} asks for; null, after saying why on {@code err}, when they cannot be found. */
    static Supplier<FontSet> of(Cli.Options o, PrintStream err, Messages msg) {
        if (o.fonts() == null) {
            return FontSet::bundled;
        }
        try {
            FontSet own = FontSet.fromDirectory(o.fonts());
            return () -> own;
        } catch (IllegalArgumentException e) {
            err.println(Diagnostic.error(Loc.of(o.fonts()), "fonts.missing", e.getMessage()).format(msg));
            return null;
        }
    }
}
