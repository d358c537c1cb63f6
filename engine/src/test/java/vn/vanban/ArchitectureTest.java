package vn.vanban;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import vn.vanban.content.Document;
import vn.vanban.load.YNode;
import vn.vanban.load.YamlLoader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The package structure the README and docs/architecture.md describe, checked on the compiled
 * classes: no package cycle, no package depending on one at its own or a higher level (the stages
 * load → data → content → template → layout → write, with tools on top and leaf packages at the
 * bottom), no YAML node past the content model, and the graph printed in docs/architecture.md is
 * the real one. After an intended change, run with {@code -Dvanban.writeGraph=true} to rewrite the
 * graph in the document, and review the diff.
 */
class ArchitectureTest {
    private static final String ROOT = "vn.vanban";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /**
     * Each package's level: a package may depend only on packages of a lower level. A new package
     * must be given one here (and in docs/architecture.md).
     */
    static final Map<String, Integer> LEVELS = Map.ofEntries(
            // Leaves: depend on nothing of the project; everything may use them.
            Map.entry("diag", 0), Map.entry("fonts", 0), Map.entry("format", 0), Map.entry("json", 0),
            Map.entry("layout", 0), // the layout model: records and enums only
            Map.entry("profile", 1), // ND30 measurements, keyed by the layout model's roles
            Map.entry("load", 1),
            Map.entry("layout.grid", 2), // a table resolved into slots, its column widths and row heights
            Map.entry("layout.text", 2), // the one text measurer and line breaker: fonts, layout model, profile
            Map.entry("data", 2), Map.entry("content.keys", 2),
            Map.entry("content.table", 3),
            Map.entry("content", 4),
            Map.entry("template", 5),
            Map.entry("layout.markup", 6),
            Map.entry("write", 7),
            Map.entry("write.docx", 8), Map.entry("write.pdf", 8),
            Map.entry("render", 9), Map.entry("check", 9), Map.entry("check.docx", 9), Map.entry("report", 9),
            Map.entry("schema", 9),
            Map.entry("compare.git", 9), // versions from Git: loaded only by so-sanh
            Map.entry("compare", 10), // two renderings compared: uses render
            Map.entry("bench", 11), Map.entry("serve", 11), // the workbench: loaded only by serve
            Map.entry("importer", 9), // vanban nhap: DOCX/PDF/text to a content file
            Map.entry("cli", 12));

    /** Project package → project packages it uses (short names, without {@code vn.vanban.}). */
    static Map<String, Set<String>> graph() {
        Map<String, Set<String>> g = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String from = shortName(c.getPackageName());
            g.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = d.getTargetClass().getPackageName();
                if (to.startsWith(ROOT + ".") && !shortName(to).equals(from)) {
                    g.get(from).add(shortName(to));
                }
            }
        }
        return g;
    }

    private static String shortName(String pkg) {
        return pkg.substring(ROOT.length() + 1);
    }

    /** The graph as docs/architecture.md prints it: one line per package, by level then name. */
    static String graphText(Map<String, Set<String>> g) {
        List<String> pkgs = new ArrayList<>(g.keySet());
        pkgs.sort((a, b) -> LEVELS.getOrDefault(a, 99).equals(LEVELS.getOrDefault(b, 99)) ? a.compareTo(b)
                : Integer.compare(LEVELS.getOrDefault(a, 99), LEVELS.getOrDefault(b, 99)));
        StringBuilder sb = new StringBuilder();
        for (String p : pkgs) {
            sb.append(String.format("%-2s %-14s -> %s\n", LEVELS.getOrDefault(p, 99), p,
                    g.get(p).isEmpty() ? "(nothing)" : String.join(" ", g.get(p))));
        }
        return sb.toString();
    }

    @Test
    void noPackageCycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPackageHasALevelAndDependsOnlyDownwards() {
        List<String> problems = new ArrayList<>();
        graph().forEach((from, tos) -> {
            Integer lf = LEVELS.get(from);
            if (lf == null) {
                problems.add(from + ": no level in ArchitectureTest.LEVELS");
                return;
            }
            for (String to : tos) {
                Integer lt = LEVELS.get(to);
                if (lt == null || lt >= lf) {
                    problems.add(from + " (level " + lf + ") -> " + to + " (level " + lt + ")");
                }
            }
        });
        assertTrue(problems.isEmpty(), "upward or sideways dependencies:\n" + String.join("\n", problems));
    }

    /** Templates, the layout stage and the writers never see YAML. */
    @Test
    void noYamlNodePastTheContentModel() {
        noClasses().that().resideInAnyPackage(ROOT + ".template..", ROOT + ".layout..", ROOT + ".write..",
                        ROOT + ".profile..", ROOT + ".fonts..", ROOT + ".format..")
                .should().dependOnClassesThat().belongToAnyOf(YNode.class, YamlLoader.class)
                .orShould().dependOnClassesThat().resideInAPackage("org.yaml..")
                .because("the typed content model is all a template or a writer may see")
                .check(CLASSES);
    }

    /** The layout stage and the writers see only the layout model and the leaves: no content, data or template. */
    @Test
    void writersSeeOnlyTheLayoutModel() {
        noClasses().that().resideInAnyPackage(ROOT + ".layout..", ROOT + ".write..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".content..", ROOT + ".data..",
                        ROOT + ".template..", ROOT + ".load..", ROOT + ".render..")
                .because("a writer draws the layout model and knows nothing of YAML, plans or reports")
                .check(CLASSES);
    }

    /** No value reachable from a {@link Document} (what a template sees) is a YAML node or comes from {@code load}. */
    @Test
    void theDocumentTreeHoldsNoYaml() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(Document.class));
        List<String> found = new ArrayList<>();
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType pt) {
                todo.push(pt.getRawType());
                for (Type a : pt.getActualTypeArguments()) {
                    todo.push(a);
                }
                continue;
            }
            if (!(t instanceof Class<?> c) || !seen.add(c) || !c.getName().startsWith(ROOT + ".")) {
                continue;
            }
            if (c.getPackageName().equals(ROOT + ".load") || YNode.class.isAssignableFrom(c)) {
                found.add(c.getName());
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    todo.push(rc.getGenericType());
                }
            }
            if (c.isSealed()) {
                for (Class<?> s : c.getPermittedSubclasses()) {
                    todo.push(s);
                }
            }
        }
        assertTrue(found.isEmpty(), "YAML types reachable from Document: " + found);
        assertTrue(seen.size() > 15, "the walk must reach the content model, reached only " + seen);
    }

    /** docs/architecture.md shows the real graph (rewritten with -Dvanban.writeGraph=true). */
    @Test
    void theDocumentedGraphIsTheRealOne() throws IOException {
        Path doc = TestPaths.root().resolve("docs/architecture.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String begin = "<!-- package-graph:begin -->\n```\n";
        String end = "```\n<!-- package-graph:end -->";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            fail("docs/architecture.md has no package graph between " + begin.strip() + " and " + end.strip());
        }
        String actual = graphText(graph());
        if (Boolean.getBoolean("vanban.writeGraph")) {
            Files.writeString(doc, text.substring(0, b + begin.length()) + actual + text.substring(e),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(actual, text.substring(b + begin.length(), e),
                "the package graph changed: review it, then run the test with -Dvanban.writeGraph=true");
    }
}
