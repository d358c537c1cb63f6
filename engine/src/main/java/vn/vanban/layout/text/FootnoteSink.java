package vn.vanban.layout.text;

import vn.vanban.layout.Inline;

/** Numbers a footnote reference (and, in the PDF, keeps its note for the page it lands on). */
public interface FootnoteSink {
    int add(Inline.FootnoteRef ref);
}
