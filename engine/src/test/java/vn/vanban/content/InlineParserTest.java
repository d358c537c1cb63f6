package vn.vanban.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InlineParserTest {
    private final List<String> problems = new ArrayList<>();
    private final InlineParser parser = new InlineParser(Map.of("luat", RichText.plain("Luật Trẻ em 2016")));

    private RichText parse(String s) {
        return parser.parse(s, id -> problems.add("note:" + id), m -> problems.add("open:" + m));
    }

    @Test
    void boldItalicSuperscript() {
        RichText t = parse("trước ngày **20/5** và *Người tốt* m^2^");
        assertEquals("trước ngày 20/5 và Người tốt m2", t.plain());
        RichText.Text bold = (RichText.Text) t.parts().get(1);
        assertEquals("20/5", bold.text());
        assertTrue(bold.bold());
        RichText.Text italic = (RichText.Text) t.parts().get(3);
        assertTrue(italic.italic());
        RichText.Text sup = (RichText.Text) t.parts().get(5);
        assertTrue(sup.superscript());
        assertTrue(problems.isEmpty());
    }

    @Test
    void footnoteReferenceIsResolved() {
        RichText t = parse("về trẻ em[^luat].");
        RichText.Note n = assertInstanceOf(RichText.Note.class, t.parts().get(1));
        assertEquals("Luật Trẻ em 2016", n.text().plain());
        parse("x[^luta]");
        assertEquals(List.of("note:luta"), problems);
    }

    @Test
    void templateSyntaxAndLoneStarsStayLiteral() {
        assertEquals("${doc.x} <#assign a=1> 5 * 3", parse("${doc.x} <#assign a=1> 5 * 3").plain());
        assertEquals("*", parse("\\*").plain());
        assertTrue(problems.isEmpty());
    }

    @Test
    void unclosedMarkIsReported() {
        parse("**đậm mà quên đóng");
        assertEquals(List.of("open:**"), problems);
    }
}
