import sys, zipfile, html
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1],encoding='utf-8') if l.strip()]
widths=[1299,7793,2597,2598]
def p(t, bold=False, jc='left'):
    b='<w:b/>' if bold else ''
    return f'<w:p><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="280" w:lineRule="exact"/><w:jc w:val="{jc}"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">{html.escape(t)}</w:t></w:r></w:p>'
def tc(w, content, extra=''):
    return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{extra}</w:tcPr>{content}</w:tc>'
hdr='<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>'
h1='<w:tr>'+hdr+tc(widths[0],p('STT',True,'center'),'<w:vMerge w:val="restart"/>')+tc(widths[1],p('Nội dung công việc',True,'center'),'<w:vMerge w:val="restart"/>')+tc(widths[2]+widths[3],p('Phân công',True,'center'),'<w:gridSpan w:val="2"/>')+'</w:tr>'
h2='<w:tr>'+hdr+tc(widths[0],p(''),'<w:vMerge/>')+tc(widths[1],p(''),'<w:vMerge/>')+tc(widths[2],p('Chủ trì',True,'center'))+tc(widths[3],p('Phối hợp',True,'center'))+'</w:tr>'
body=''
for r in rows:
    body+='<w:tr><w:trPr><w:cantSplit/></w:trPr>'+tc(widths[0],p(r[0],False,'center'))+tc(widths[1],p(r[1],False,'both'))+tc(widths[2],p(r[2]))+tc(widths[3],p(r[3]))+'</w:tr>'
b='<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
tbl=f'<w:tbl><w:tblPr><w:tblW w:w="14287" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>{b}</w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>'+''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)+'</w:tblGrid>'+h1+h2+body+'</w:tbl>'
doc=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{tbl}<w:p/><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="850" w:bottom="850" w:left="1701" w:header="680" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>'''
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'common.py')).read())
write(sys.argv[2], doc)
