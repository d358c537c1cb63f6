import sys, html
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'common.py')).read())
n=int(sys.argv[2]); keep_rows = sys.argv[3]=='1'
def para(t, keep=False, h=340):
    k='<w:keepNext/>' if keep else ''
    return f'<w:p><w:pPr>{k}<w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{h}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">{html.escape(t)}</w:t></w:r></w:p>'
body=''.join(para(f"Dòng số {i}") for i in range(1,n+1))
long_text=" ".join(["các cơ quan đơn vị địa phương tổ chức quán triệt triển khai thực hiện nghiêm túc"]*int(sys.argv[4]))+" KẾT THÚC"
body+=para(long_text, True)
cellp=lambda t: para(t, keep_rows)
rowpr='<w:trPr><w:cantSplit/></w:trPr>'
left=''.join(cellp(x) for x in ["Nơi nhận:","- Các sở;","- Lưu: VT."])
right=''.join(cellp(x) for x in ["TM. ỦY BAN NHÂN DÂN","CHỦ TỊCH","","","","","","Nguyễn Văn An"])
tbl=f'<w:tbl><w:tblPr><w:tblW w:w="8788" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="3515"/><w:gridCol w:w="5273"/></w:tblGrid><w:tr>{rowpr}<w:tc><w:tcPr><w:tcW w:w="3515" w:type="dxa"/></w:tcPr>{left}</w:tc><w:tc><w:tcPr><w:tcW w:w="5273" w:type="dxa"/></w:tcPr>{right}</w:tc></w:tr></w:tbl>'
doc=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}{tbl}<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1984" w:header="680" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>'''
write(sys.argv[1], doc)
