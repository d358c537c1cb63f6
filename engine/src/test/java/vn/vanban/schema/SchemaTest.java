package vn.vanban.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import vn.vanban.TestPaths;
import vn.vanban.content.keys.ContentKeys;
import vn.vanban.content.DocTypes;
import vn.vanban.content.DocumentReader;
import vn.vanban.diag.Diagnostic;
import vn.vanban.diag.Diagnostics;
import vn.vanban.load.YamlLoader;
import vn.vanban.load.TemplateSource;

class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COMMITTED = TestPaths.root().resolve("schema/vanban.schema.json");
    private static final String MINIMAL = """
            loai: ke-hoach
            co-quan-ban-hanh: ỦY BAN NHÂN DÂN XÃ A
            ky-hieu: KH-UBND
            ngay: 2024-04-17
            trich-yeu: Thử
            noi-dung:
              - muc: Mục đích
                noi-dung:
                  - Đoạn một.
            noi-nhan:
              - Lưu: VT
            ky:
              chuc-vu: CHỦ TỊCH
              ho-ten: Nguyễn Văn A
            """;

    private static String generated() {
        return new SchemaGenerator(DocTypes.load(TemplateSource.defaults()), SchemaTexts.load("vi")).json();
    }

    private static JsonNode schemaNode() throws IOException {
        return JSON.readTree(generated());
    }

    private static JsonSchema validator(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }

    private static Set<ValidationMessage> validate(Object plain) throws IOException {
        return validator(schemaNode()).validate(JSON.valueToTree(plain));
    }

    @Test
    void committedSchemaIsWhatTheGeneratorPrints() throws IOException {
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        assertEquals(generated(), committed, "schema/vanban.schema.json is out of date with ContentKeys, the type "
                + "registry or mo-ta.yaml; regenerate it from the repository root with: "
                + "./vanban schema > schema/vanban.schema.json");
    }

    @Test
    void generatingTwiceGivesTheSameBytes() {
        assertEquals(generated(), generated());
    }

    static Stream<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(TestPaths.root().resolve("content"),
                TestPaths.root().resolve("engine/src/test/resources/golden"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everySampleDocumentValidates(Path file) throws IOException {
        Set<ValidationMessage> problems = validate(PlainYaml.load(file));
        assertTrue(problems.isEmpty(), file + ": " + problems);
    }

    @Test
    void minimalDocumentValidates() throws IOException {
        assertEquals(Set.of(), validate(PlainYaml.load(MINIMAL)));
    }

    @Test
    void misspeltKeyIsFlagged() throws IOException {
        Set<ValidationMessage> top = validate(PlainYaml.load(MINIMAL.replace("trich-yeu:", "trich-yue:")));
        assertTrue(top.stream().anyMatch(m -> m.getMessage().contains("trich-yue")), top.toString());
        Set<ValidationMessage> signer = validate(PlainYaml.load(MINIMAL.replace("ho-ten:", "ho-tn:")));
        assertTrue(signer.stream().anyMatch(m -> m.getMessage().contains("ho-tn")), signer.toString());
        // Inside a block the kinds are alternatives; what matters is that the file no longer validates.
        assertFalse(validate(PlainYaml.load(MINIMAL.replace("    noi-dung:", "    noi-dug:"))).isEmpty());
    }

    @Test
    void wrongKyHieuIsFlagged() throws IOException {
        Set<ValidationMessage> spaced = validate(PlainYaml.load(MINIMAL.replace("KH-UBND", "KH UBND")));
        assertTrue(spaced.stream().anyMatch(m -> m.getMessage().contains("ky-hieu")), spaced.toString());
        Set<ValidationMessage> otherType = validate(PlainYaml.load(MINIMAL.replace("KH-UBND", "BC-UBND")));
        assertTrue(otherType.stream().anyMatch(m -> m.getMessage().contains("ky-hieu")), otherType.toString());
    }

    /** The keys a type requires come from its registry entry; a công văn's code is agency-unit, not a type's. */
    @Test
    void otherTypesAreCheckedByTheirRegistryEntry() throws IOException {
        String minutes = MINIMAL.replace("loai: ke-hoach", "loai: bien-ban").replace("KH-UBND", "BB-UBND")
                .replaceAll("(?s)noi-nhan:.*", "") + "hop: {thoi-gian: \"2024-05-09 08:00\", dia-diem: Hội trường}\n";
        assertEquals(Set.of(), validate(PlainYaml.load(minutes)));
        assertFalse(validate(PlainYaml.load(minutes.replaceAll("hop:.*\n", ""))).isEmpty(), "a biên bản needs hop");
        assertFalse(validate(PlainYaml.load(minutes.replace("08:00", "8h sáng"))).isEmpty());
        String letter = MINIMAL.replace("loai: ke-hoach", "loai: cong-van").replace("KH-UBND", "UBND-VP")
                + "kinh-gui: Phòng A\n";
        assertEquals(Set.of(), validate(PlainYaml.load(letter)));
        assertFalse(validate(PlainYaml.load(letter.replace("UBND-VP", "KH-UBND"))).isEmpty());
    }

    @Test
    void badDateAndNumberAreFlagged() throws IOException {
        assertFalse(validate(PlainYaml.load(MINIMAL.replace("2024-04-17", "17/4/2024"))).isEmpty());
        assertFalse(validate(PlainYaml.load(MINIMAL.replace("ngay:", "so: 5a\nngay:"))).isEmpty());
        assertEquals(Set.of(), validate(PlainYaml.load(MINIMAL.replace("2024-04-17", "2024"))));
        assertEquals(Set.of(), validate(PlainYaml.load(MINIMAL.replace("ngay:", "so: 5\nngay:"))));
        assertEquals(Set.of(), validate(PlainYaml.load(MINIMAL.replace("ngay:", "so:\nngay:"))));
    }

    /** The schema's objects accept exactly the keys the reader accepts: each object against its list. */
    @Test
    void schemaKeysAreExactlyTheReadersKeys() throws IOException {
        JsonNode s = schemaNode();
        JsonNode defs = s.get("definitions");
        assertEquals(Set.copyOf(ContentKeys.TOP_KEYS), names(s.get("properties")));
        assertEquals(Set.copyOf(ContentKeys.SIGNATURE_KEYS), names(defs.at("/signature/properties")));
        assertEquals(Set.copyOf(ContentKeys.APPENDIX_KEYS), names(defs.at("/appendix/properties")));
        assertEquals(Set.copyOf(ContentKeys.DUTY_KEYS), names(defs.at("/duty/properties")));
        assertEquals(Set.copyOf(ContentKeys.ITEM_KEYS), names(defs.at("/item/anyOf/2/properties")));
        Set<String> blockDefs = new LinkedHashSet<>();
        defs.fieldNames().forEachRemaining(n -> {
            if (n.startsWith("block-")) {
                blockDefs.add(n.substring("block-".length()));
            }
        });
        assertEquals(ContentKeys.BLOCK_KEYS.keySet(), blockDefs);
        for (Map.Entry<String, List<String>> e : ContentKeys.BLOCK_KEYS.entrySet()) {
            Set<String> expected = new LinkedHashSet<>(e.getValue());
            expected.add(e.getKey());
            assertEquals(expected, names(defs.at("/block-" + e.getKey() + "/properties")), e.getKey());
        }
        assertEquals(ContentKeys.APPENDIX_STYLES, strings(s.at("/properties/kieu-so-phu-luc/enum")));
        assertEquals(DocTypes.load(TemplateSource.defaults()).keys().stream().sorted().toList(),
                strings(s.at("/properties/loai/enum")));
    }

    /**
     * The keys the schema requires are the ones the reader requires: removing one of them makes the
     * reader complain, and a file with only them (no optional key) reads cleanly.
     */
    @Test
    void requiredKeysAreTheReadersRequiredKeys() throws IOException {
        JsonNode s = schemaNode();
        String bare = MINIMAL.replace("ngay: 2024-04-17\n", "").replace("  ho-ten: Nguyễn Văn A\n", "");
        assertEquals(List.of(), readerProblems(bare));
        // Always-required keys, then those the registry makes a ke-hoach require (bat-buoc, "if loai ... then").
        List<String> required = new java.util.ArrayList<>(strings(s.get("required")));
        for (JsonNode rule : s.get("allOf")) {
            if ("ke-hoach".equals(rule.at("/if/properties/loai/const").asText()) && rule.at("/then/required").isArray()) {
                required.addAll(strings(rule.at("/then/required")));
            }
        }
        assertEquals(List.of("loai", "co-quan-ban-hanh", "ky-hieu", "trich-yeu", "noi-dung", "noi-nhan", "ky"), required);
        for (String key : ContentKeys.TOP_KEYS) {
            if (bare.contains("\n" + key + ":") || bare.startsWith(key + ":")) {
                String without = bare.replaceAll("(?m)^" + key + ":.*\\n(  .*\\n)*", "");
                assertEquals(required.contains(key), readerProblems(without).contains("key.missing"), key);
            } else {
                assertFalse(required.contains(key), key + " is required by the schema but not by the reader");
            }
        }
        assertEquals(List.of("chuc-vu"), strings(s.at("/definitions/signature/required")));
        assertTrue(readerProblems(bare.replace("  chuc-vu: CHỦ TỊCH\n", "  ho-ten: A\n")).contains("key.missing"));
    }

    private static List<String> readerProblems(String yaml) {
        Path f = Path.of("t.yaml");
        Diagnostics d = new Diagnostics();
        new DocumentReader(DocTypes.load(TemplateSource.defaults()))
                .read(f, new YamlLoader().parse(f, yaml.getBytes(StandardCharsets.UTF_8)), d);
        return d.all().stream().map(Diagnostic::key).toList();
    }

    /** Every object forbids unknown keys, and every key tells the clerk what it is, with examples. */
    @Test
    void everyPropertyIsDescribedAndEveryObjectIsClosed() throws IOException {
        List<String> missing = new ArrayList<>();
        walkObjects(schemaNode(), "#", (path, obj) -> {
            if (!obj.get("additionalProperties").isBoolean() || obj.get("additionalProperties").asBoolean()) {
                missing.add(path + ": additionalProperties is not false");
            }
            obj.get("properties").fields().forEachRemaining(p -> {
                for (String k : List.of("description", "markdownDescription", "examples")) {
                    if (!p.getValue().has(k)) {
                        missing.add(path + "/" + p.getKey() + ": no " + k);
                    }
                }
            });
        });
        assertEquals(List.of(), missing);
    }

    /** The examples shown in the editor are themselves valid values: a wrong example teaches a wrong habit. */
    @Test
    void everyExampleIsValidForItsKey() throws IOException {
        JsonNode s = schemaNode();
        List<String> bad = new ArrayList<>();
        walkObjects(s, "#", (path, obj) -> obj.get("properties").fields().forEachRemaining(p -> {
            ObjectNode rule = p.getValue().deepCopy();
            rule.remove("examples");
            rule.put("$schema", "http://json-schema.org/draft-07/schema#");
            rule.set("definitions", s.get("definitions"));
            JsonSchema v = validator(rule);
            for (JsonNode example : p.getValue().get("examples")) {
                Set<ValidationMessage> problems = v.validate(example);
                if (!problems.isEmpty()) {
                    bad.add(path + "/" + p.getKey() + " example " + example + ": " + problems);
                }
            }
        }));
        assertEquals(List.of(), bad);
    }

    /** Calls {@code visit} for every schema object that lists its own properties. */
    private static void walkObjects(JsonNode n, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (n.isObject()) {
            if (n.has("properties") && n.get("properties").isObject() && !path.endsWith("/properties")) {
                visit.accept(path, n);
            }
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("examples") && !e.getKey().equals("allOf")) {
                    walkObjects(e.getValue(), path + "/" + e.getKey(), visit);
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walkObjects(n.get(i), path + "/" + i, visit);
            }
        }
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> out = new LinkedHashSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
