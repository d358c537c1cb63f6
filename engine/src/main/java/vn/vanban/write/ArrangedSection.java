package vn.vanban.write;

import java.util.List;

import vn.vanban.layout.PageSection;

/**
 * A page section as the writers walk it: its steps after {@link CompatibilityPass}, and where its Word
 * section starts and ends (the PDF starts every page section on a new page and ignores both).
 *
 * @param startsWordSection false when the section runs on in the previous one's Word section: the DOCX
 *                          starts it with a page break instead of a section break
 * @param endsWordSection   false when the next section runs on in this one's Word section: the DOCX
 *                          writes no section properties after it
 */
public record ArrangedSection(PageSection section, boolean startsWordSection, boolean endsWordSection,
                              List<Arranged> items) {
    public ArrangedSection {
        items = List.copyOf(items);
    }
}
