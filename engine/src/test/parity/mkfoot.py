import sys, zipfile, html
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'common.py')).read())
n_lines=int(sys.argv[2]); out=sys.argv[1]; last_h=int(sys.argv[3])
para = lambda inner: f'<w:p><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="340" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>{inner}</w:p>'
run = lambda t: f'<w:r><w:t xml:space="preserve">{html.escape(t)}</w:t></w:r>'
body = para(run("Dòng có chú thích") + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
for i in range(2, n_lines+1):
    body += para(run(f"Dòng số {i}"))
body += para(run("CUỐI")).replace('w:line="340"', f'w:line="{last_h}"')
doc=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1984" w:header="680" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>'''
sep = '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>'
csep = '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
note = '<w:p><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> Theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2024.</w:t></w:r></w:p>'
foot=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:type="separator" w:id="-1">{sep}</w:footnote><w:footnote w:type="continuationSeparator" w:id="0">{csep}</w:footnote><w:footnote w:id="1">{note}</w:footnote></w:footnotes>'''
ct2 = ct.replace('</Types>','<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
drels2 = drels.replace('</Relationships>','<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
with zipfile.ZipFile(out, 'w') as z:
    z.writestr('[Content_Types].xml', ct2); z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc); z.writestr('word/styles.xml', styles); z.writestr('word/_rels/document.xml.rels', drels2); z.writestr('word/footnotes.xml', foot)
