package vn.vanban.compare;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Word's "Accept All" and "Reject All", done on the WordprocessingML of a DOCX independently of the
 * code that wrote it: run insertions and deletions, paragraph-mark revisions (the paragraph joins the
 * next one), table-row revisions and formatting changes, in the body and the footnotes.
 */
final class TrackedChanges {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TrackedChanges() {
    }

    static byte[] acceptAll(byte[] docx) {
        return rewrite(docx, true);
    }

    static byte[] rejectAll(byte[] docx) {
        return rewrite(docx, false);
    }

    /** The XML of one part. */
    static String part(byte[] docx, String name) {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zin.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rewrite(byte[] docx, boolean accept) {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zout = new ZipOutputStream(out)) {
                for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    byte[] bytes = zin.readAllBytes();
                    if (e.getName().equals("word/document.xml") || e.getName().equals("word/footnotes.xml")) {
                        bytes = resolve(bytes, accept);
                    }
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    zout.write(bytes);
                    zout.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resolve(byte[] xml, boolean accept) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        String dropped = accept ? "del" : "ins";
        String kept = accept ? "ins" : "del";
        // Runs: the dropped kind goes with its content, the kept kind is unwrapped.
        for (Element e : all(doc, dropped)) {
            if (!isMarker(e)) {
                e.getParentNode().removeChild(e);
            }
        }
        for (Element e : all(doc, kept)) {
            if (!isMarker(e)) {
                unwrap(e);
            }
        }
        if (!accept) {
            for (Element t : all(doc, "delText")) {
                Element plain = doc.createElementNS(W, "w:t");
                plain.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
                plain.setTextContent(t.getTextContent());
                t.getParentNode().replaceChild(plain, t);
            }
        }
        // Formatting: accepting keeps the new properties; rejecting puts back the old ones.
        for (Element change : all(doc, "rPrChange")) {
            Element rPr = (Element) change.getParentNode();
            if (!accept) {
                for (Node c : children(rPr)) {
                    if (c != change) {
                        rPr.removeChild(c);
                    }
                }
                for (Element old : elements(change)) { // its w:rPr
                    for (Node c : children(old)) {
                        rPr.insertBefore(c, change);
                    }
                }
            }
            rPr.removeChild(change);
        }
        // Rows.
        for (Element tr : all(doc, "tr")) {
            Element trPr = child(tr, "trPr");
            if (trPr == null) {
                continue;
            }
            if (child(trPr, dropped) != null) {
                tr.getParentNode().removeChild(tr);
            } else if (child(trPr, kept) != null) {
                trPr.removeChild(child(trPr, kept));
            }
        }
        // A table whose every row went goes with them.
        for (Element tbl : all(doc, "tbl")) {
            if (tbl.getElementsByTagNameNS(W, "tr").getLength() == 0) {
                tbl.getParentNode().removeChild(tbl);
            }
        }
        // Paragraph marks: a removed mark joins the paragraph to the next one.
        for (Element p : all(doc, "p")) {
            Element pPr = child(p, "pPr");
            Element rPr = pPr == null ? null : child(pPr, "rPr");
            if (rPr == null) {
                continue;
            }
            if (child(rPr, kept) != null) {
                rPr.removeChild(child(rPr, kept));
            }
            Element gone = child(rPr, dropped);
            if (gone != null) {
                rPr.removeChild(gone);
                List<Node> content = new ArrayList<>();
                for (Node c : children(p)) {
                    if (c != pPr) {
                        content.add(c);
                    }
                }
                Node next = nextElement(p);
                if (next instanceof Element np && "p".equals(np.getLocalName())) {
                    Element npPr = child(np, "pPr");
                    Node anchor = npPr == null ? np.getFirstChild() : npPr.getNextSibling();
                    for (Node c : content) {
                        np.insertBefore(c, anchor);
                    }
                    p.getParentNode().removeChild(p);
                } else if (!hasText(p)) {
                    p.getParentNode().removeChild(p);
                }
            }
            if (rPr.getParentNode() != null && !rPr.hasChildNodes()) {
                pPr.removeChild(rPr);
            }
        }
        javax.xml.transform.Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    /** A revision mark on a paragraph mark or a row, not a wrapper of runs. */
    private static boolean isMarker(Element e) {
        String parent = e.getParentNode().getLocalName();
        return "rPr".equals(parent) || "trPr".equals(parent);
    }

    private static boolean hasText(Element p) {
        return p.getElementsByTagNameNS(W, "t").getLength() > 0 || p.getElementsByTagNameNS(W, "footnoteReference").getLength() > 0;
    }

    private static Node nextElement(Node n) {
        Node s = n.getNextSibling();
        while (s != null && s.getNodeType() != Node.ELEMENT_NODE) {
            s = s.getNextSibling();
        }
        return s;
    }

    private static void unwrap(Element e) {
        Node parent = e.getParentNode();
        for (Node c : children(e)) {
            parent.insertBefore(c, e);
        }
        parent.removeChild(e);
    }

    static List<Element> all(Document doc, String local) {
        NodeList l = doc.getElementsByTagNameNS(W, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    private static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            out.add(c);
        }
        return out;
    }

    private static List<Element> elements(Node n) {
        List<Element> out = new ArrayList<>();
        for (Node c : children(n)) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element e, String local) {
        for (Element c : elements(e)) {
            if (local.equals(c.getLocalName()) && W.equals(c.getNamespaceURI())) {
                return c;
            }
        }
        return null;
    }
}
