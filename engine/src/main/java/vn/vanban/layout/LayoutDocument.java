package vn.vanban.layout;

import java.time.LocalDate;
import java.util.List;

/**
 * The layout model: what any writer needs to draw the document, and nothing about YAML,
 * plans or reports.
 *
 * @param title   document title for file metadata
 * @param date    the document's own date (metadata and deterministic ids); may be null for drafts
 * @param sections page sections in order
 */
public record LayoutDocument(String title, LocalDate date, List<PageSection> sections) {
    public LayoutDocument {
        sections = List.copyOf(sections);
    }
}
