package vn.vanban.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** Message texts for clerks, Vietnamese by default, English on request ({@code --lang en}). */
public final class Messages {
    private final Properties texts;
    private final Locale locale;

    private Messages(Locale locale, Properties texts) {
        this.locale = locale;
        this.texts = texts;
    }

    public static Messages forLanguage(String lang) {
        String l = "en".equalsIgnoreCase(lang) ? "en" : "vi";
        Properties p = new Properties();
        String res = "/vn/vanban/diag/messages_" + l + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("missing " + res);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(Locale.forLanguageTag(l), p);
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /**
     * A number with a fraction for a message: printed with up to {@code digits} decimals and the language's
     * decimal mark ("4,2" in Vietnamese, "4.2" in English), the digits always ASCII.
     */
    public record Decimal(double value, int digits) {
        String format(boolean english) {
            java.math.BigDecimal d = java.math.BigDecimal.valueOf(value).setScale(digits, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            String s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
            return english ? s : s.replace('.', ',');
        }

        @Override
        public String toString() {
            return format(true);
        }
    }

    /** Message keys given as arguments (kinds of YAML value) are translated too. */
    private String localize(Object a) {
        if (a instanceof Decimal d) {
            return d.format(isEnglish());
        }
        String s = String.valueOf(a);
        return s.startsWith("kind.") ? texts.getProperty(s, s) : s;
    }

    public String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        // Arguments go in as text: MessageFormat would print a year 2024 as "2.024".
        Object[] texts = java.util.Arrays.stream(args).map(this::localize).toArray();
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(texts);
    }
}
