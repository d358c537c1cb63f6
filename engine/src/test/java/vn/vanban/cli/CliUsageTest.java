package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Exit 2 and a hint for commands used wrongly; the schema command prints JSON. */
class CliUsageTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void checkWithoutFilesIsAUsageError() {
        assertEquals(2, run("check"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("lệnh check cần ít nhất một tệp"));
    }

    @Test
    void checkWithUnknownOptionIsAUsageError() {
        assertEquals(2, run("check", "--sua", "a.yaml"));
    }

    @Test
    void schemaTakesNoFiles() {
        assertEquals(2, run("schema", "a.yaml"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("lệnh này không nhận tệp nội dung (có \"a.yaml\")"));
    }

    @Test
    void schemaPrintsDraft07Json() {
        assertEquals(0, run("schema"));
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\""), s);
        assertTrue(s.endsWith("}\n"));
    }

    @Test
    void englishSchemaDescriptions() {
        assertEquals(0, run("schema", "--lang", "en"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"description\": \"Document type;"));
    }
}
