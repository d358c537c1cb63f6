package vn.vanban.cli;

import java.io.PrintStream;

import vn.vanban.content.DocTypes;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Messages;
import vn.vanban.schema.SchemaGenerator;
import vn.vanban.schema.SchemaTexts;
import vn.vanban.load.TemplateSource;

/**
 * {@code vanban schema [--mau DIR] [--lang en]}: prints the JSON Schema of the content format, for
 * editors to suggest keys and flag mistakes while a clerk types. The types come from the registry in
 * use, so an office with its own templates gets its own {@code loai} list.
 */
final class SchemaCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;

    SchemaCommand(PrintStream out, PrintStream err, Messages msg) {
        this.out = out;
        this.err = err;
        this.msg = msg;
    }

    int run(Cli.Options o) {
        DocTypes types;
        try {
            types = DocTypes.load(new TemplateSource(o.templates()));
        } catch (ContentException e) {
            e.diagnostics().forEach(d -> err.println(d.format(msg)));
            return 1;
        }
        out.print(new SchemaGenerator(types, SchemaTexts.load(o.lang())).json());
        out.flush();
        return 0;
    }
}
