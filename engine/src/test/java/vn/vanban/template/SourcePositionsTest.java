package vn.vanban.template;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourcePositionsTest {
    @Test
    void marksEachElementWithItsLineAndColumnAndLeavesFtlAlone() {
        String t = "<#if x>\n  <p role=\"body\">${a}</p>\n<td<@spans c/> align=\"left\"><br/></td></#if>${a<b}";
        assertEquals("<#if x>\n  <p vb-src='t.ftlx:2:3' role=\"body\">${a}</p>\n"
                        + "<td vb-src='t.ftlx:3:1'<@spans c/> align=\"left\"><br vb-src='t.ftlx:3:29'/></td></#if>${a<b}",
                SourcePositions.mark("t.ftlx", t));
    }

    @Test
    void aNameThatCannotBeAnAttributeValueIsTamed() {
        assertEquals("<p vb-src='a_b.ftlx:1:1'>", SourcePositions.mark("a'b.ftlx", "<p>"));
    }
}
