package vn.vanban.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads YAML into plain maps, lists, strings and numbers, as an editor sees it: an unquoted
 * {@code 2024-04-17} stays text (YAML 1.2 has no dates), where SnakeYAML alone would make a Date.
 */
final class PlainYaml {
    private PlainYaml() {
    }

    /** Every implicit type of SnakeYAML's resolver except timestamps. */
    private static final class NoDates extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    static Object load(String yaml) {
        LoaderOptions opts = new LoaderOptions();
        return new Yaml(new SafeConstructor(opts), new Representer(new DumperOptions()), new DumperOptions(), opts,
                new NoDates()).load(yaml);
    }

    static Object load(Path file) {
        try {
            return load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
