package vn.vanban.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.vanban.check.docx.DocxConformance;
import vn.vanban.check.docx.RuleResult;
import vn.vanban.diag.ContentException;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Loc;
import vn.vanban.diag.Messages;

/**
 * {@code vanban check FILE.docx}: ND30 conformance rule by rule, one line each,
 * {@code FILE: đạt: rule — where} or {@code FILE: không đạt: rule — where: what is wrong}, then a
 * count of the rules met.
 * Exit 0 when every rule is met, 1 otherwise.
 */
final class DocxCheckCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages msg;

    DocxCheckCommand(PrintStream out, PrintStream err, Messages msg) {
        this.out = out;
        this.err = err;
        this.msg = msg;
    }

    int run(List<String> files) {
        boolean allMet = true;
        for (String f : files) {
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                err.println(Diagnostic.error(Loc.of(p), "file.not-found", p).format(msg));
                allMet = false;
                continue;
            }
            try {
                List<RuleResult> results = DocxConformance.check(p);
                results.forEach(r -> out.println(line(p, r)));
                long met = results.stream().filter(RuleResult::met).count();
                out.println(p + ": " + msg.get("check.docx.summary", met, results.size()));
                allMet &= met == results.size();
            } catch (ContentException e) {
                e.diagnostics().forEach(d -> err.println(d.format(msg)));
                allMet = false;
            }
        }
        return allMet ? 0 : 1;
    }

    String line(Path file, RuleResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(msg.get(r.met() ? "check.met" : "check.not-met")).append(": ")
                .append(msg.get(r.rule()));
        String where = where(r.place());
        if (!where.isEmpty()) {
            sb.append(" — ").append(where);
        }
        if (!r.met()) {
            List<String> problems = new ArrayList<>();
            r.problems().forEach(p -> problems.add(msg.get(p.key(), p.args().toArray())));
            sb.append(": ").append(String.join("; ", problems));
        }
        return sb.toString();
    }

    private String where(RuleResult.Place place) {
        List<String> parts = new ArrayList<>();
        if (place.section() > 0) {
            parts.add(msg.get("check.where.section", place.section()));
        }
        if (place.excerpt() != null) {
            parts.add(msg.get("check.where.paragraph", place.excerpt()));
        }
        return String.join(", ", parts);
    }
}
