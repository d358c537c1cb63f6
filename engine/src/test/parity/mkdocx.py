import sys, zipfile, html
spec = [l.rstrip('\n').split('|', 1) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
out = sys.argv[2]
def run(t, bold=False):
    b = '<w:b/>' if bold else ''
    return f'<w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{html.escape(t)}</w:t></w:r>'
paras = []
for role, text in spec:
    if role == 'BREAK':
        paras.append('<w:p><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="340" w:lineRule="exact"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>')
        continue
    heading = role.startswith('HEADING')
    before = 120 if role == 'HEADING_1' else 0
    keep = '<w:keepNext/>' if heading else ''
    paras.append(f'<w:p><w:pPr>{keep}<w:widowControl w:val="0"/><w:spacing w:before="{before}" w:after="120" w:line="340" w:lineRule="exact"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr>{run(text, heading)}</w:p>')
body = ''.join(paras)
doc = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1984" w:header="680" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>'''
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'common.py')).read())
write(out, doc)
