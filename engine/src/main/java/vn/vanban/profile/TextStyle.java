package vn.vanban.profile;

import vn.vanban.layout.Table;

/**
 * How text of one role looks: size, weight, alignment, indents and spacing.
 *
 * @param lineHeight exact line height; both writers use it so pages break alike
 * @param keepWithNext keep on one page with the following paragraph (headings)
 */
public record TextStyle(Length size, boolean bold, boolean italic, Table.Align align, Length firstLineIndent,
                        Length spaceBefore, Length spaceAfter, Length lineHeight, boolean keepWithNext) {

    public TextStyle withSize(Length s) {
        return new TextStyle(s, bold, italic, align, firstLineIndent, spaceBefore, spaceAfter, lineHeight, keepWithNext);
    }

    public TextStyle withBold(boolean b) {
        return new TextStyle(size, b, italic, align, firstLineIndent, spaceBefore, spaceAfter, lineHeight, keepWithNext);
    }

    public TextStyle withItalic(boolean i) {
        return new TextStyle(size, bold, i, align, firstLineIndent, spaceBefore, spaceAfter, lineHeight, keepWithNext);
    }

    public TextStyle withAlign(Table.Align a) {
        return new TextStyle(size, bold, italic, a, firstLineIndent, spaceBefore, spaceAfter, lineHeight, keepWithNext);
    }

    public TextStyle withSpacing(Length before, Length after) {
        return new TextStyle(size, bold, italic, align, firstLineIndent, before, after, lineHeight, keepWithNext);
    }

    public TextStyle withIndent(Length indent) {
        return new TextStyle(size, bold, italic, align, indent, spaceBefore, spaceAfter, lineHeight, keepWithNext);
    }

    public TextStyle keepingWithNext() {
        return new TextStyle(size, bold, italic, align, firstLineIndent, spaceBefore, spaceAfter, lineHeight, true);
    }
}
