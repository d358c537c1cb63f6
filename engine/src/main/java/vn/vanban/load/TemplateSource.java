package vn.vanban.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where templates come from: the defaults packaged in the jar, or an office's own directory,
 * which wins file by file so an office can override one template and keep the rest.
 */
public record TemplateSource(Path officeDir) {
    public static final String JAR_PREFIX = "/templates/";

    public static TemplateSource defaults() {
        return new TemplateSource(null);
    }

    /** The bytes of a template file, or null if neither the office directory nor the jar has it. */
    public byte[] read(String name) throws IOException {
        if (officeDir != null) {
            Path p = officeDir.resolve(name).normalize();
            // The real path too: a symbolic link in the office directory must not lead outside it.
            if (p.startsWith(officeDir.normalize()) && Files.isRegularFile(p)
                    && p.toRealPath().startsWith(officeDir.toRealPath())) {
                return Files.readAllBytes(p);
            }
        }
        try (InputStream in = TemplateSource.class.getResourceAsStream(JAR_PREFIX + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** Where templates are looked for, for messages. */
    public String describeDir() {
        return officeDir == null ? "templates/" : officeDir + "/";
    }

    /** Where a template file is, for messages. */
    public String describe(String name) {
        if (officeDir != null && Files.isRegularFile(officeDir.resolve(name))) {
            return officeDir.resolve(name).toString();
        }
        return "templates/" + name;
    }
}
