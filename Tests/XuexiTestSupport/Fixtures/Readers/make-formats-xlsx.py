#!/usr/bin/env python3
"""Writes formats.xlsx: a small hand-made workbook covering what XLSXReader must handle
(shared strings with rich text and phonetic runs, inline strings, formula strings, numbers,
built-in and custom date formats, booleans, errors, gaps, rows and cells without `r`,
empty rows, a prefixed namespace, an absolute relationship target, an empty sheet).
Run from this folder: python3 make-formats-xlsx.py"""
import zipfile

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'''

root_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'''

workbook = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook {NS}><workbookPr/><sheets><sheet name="数据" sheetId="1" r:id="rId1"/><sheet name="Second Sheet" sheetId="2" r:id="rId2"/><sheet name="空表" sheetId="3" r:id="rId3"/></sheets></workbook>'''

workbook_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''

# cellXfs: 0 general, 1 date (14), 2 date-time (22), 3 time (20), 4 custom Chinese date (176), 5 two decimals (2)
styles = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'''

shared = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="8"><si><t>名称</t></si><si><t>数量</t></si><si><t>日期</t></si><si><t>日期时间</t></si><si><t>时间</t></si><si><t>布尔</t></si><si><t>说明</t></si><si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r><rPh sb="0" eb="1"><t>fu</t></rPh></si></sst>'''

def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'

sheet1 = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet {NS}><dimension ref="A1:G10"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c></row>
<row r="2">{inline("A2", "甲")}<c r="B2"><v>40</v></c><c r="C2" s="1"><v>46346</v></c><c r="D2" s="2"><v>46346.5</v></c><c r="E2" s="3"><v>0.75</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="s"><v>7</v></c></row>
<row r="3"><c r="A3" t="str"><f>A2&amp;"乙"</f><v>甲乙</v></c><c r="B3" t="n"><v>6429.0</v></c><c r="C3" s="4"><v>45000</v></c><c r="D3" t="e"><v>#N/A</v></c><c r="F3" t="b"><v>0</v></c><c r="G3" s="5"><v>1.5</v></c></row>
<row r="5">{inline("A5", "x")}<c r="D5"><v>1.8448557085E10</v></c></row>
<row><c t="inlineStr"><is><t>no-ref-1</t></is></c><c t="inlineStr"><is><t>no-ref-2</t></is></c></row>
<row r="7"><c r="A7" s="1"/><c r="B7" t="inlineStr"><is><t></t></is></c></row>
<row r="8">{inline("C8", "c-only")}<c r="D8" s="1"/></row>
<row r="9"><c r="A9" s="1"><v>1</v></c><c r="B9" s="1"><v>59</v></c><c r="C9" s="1"><v>60</v></c><c r="D9" s="1"><v>61</v></c><c r="E9"><v>-12.25</v></c><c r="F9"><v>0.1</v></c></row>
<row r="10">{inline("A10", "a&amp;b &lt;c&gt; &quot;q&quot;")}{inline("B10", " lead")}{inline("C10", "line1&#10;line2")}</row>
</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'''

# The .NET Open XML SDK style: every element prefixed.
sheet2 = '''<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>学员编号</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>总积分</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>L0000001</x:t></x:is></x:c><x:c r="B2"><x:v>14991</x:v></x:c></x:row></x:sheetData></x:worksheet>'''

sheet3 = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet {NS}><dimension ref="A1"/><sheetData/></worksheet>'''

with zipfile.ZipFile("formats.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", root_rels)
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
    z.writestr("xl/styles.xml", styles)
    z.writestr("xl/sharedStrings.xml", shared)
    z.writestr("xl/worksheets/sheet1.xml", sheet1)
    z.writestr("xl/worksheets/sheet2.xml", sheet2)
    z.writestr("xl/worksheets/sheet3.xml", sheet3)
