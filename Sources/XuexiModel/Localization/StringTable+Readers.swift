extension StringTable {
    /// Texts of the file readers (CSV, XLSX, member-report JSON). Most are the `expected` part
    /// of an `ImportProblem`, so they read as a noun phrase after "expected" / "应为".
    package static let readerStrings: [String: Entry] = [
        "reader.file.unreadable": Entry("可读取的文件（{0}）", "a readable file ({0})"),

        "reader.csv.utf8": Entry(
            "UTF-8 编码的文本（若文件是 GBK/GB18030 编码，请加 --encoding gb18030）",
            "UTF-8 text (if the file is GBK/GB18030, use --encoding gb18030)"),
        "reader.csv.gb18030": Entry(
            "GB18030 编码的文本（若文件是 UTF-8 编码，请加 --encoding utf8）",
            "GB18030 text (if the file is UTF-8, use --encoding utf8)"),
        "reader.csv.utf16": Entry(
            "UTF-8 或 GB18030 编码的 CSV（此文件为 UTF-16，请另存为“CSV UTF-8”）",
            "a UTF-8 or GB18030 CSV (this file is UTF-16; save it as \"CSV UTF-8\")"),
        "reader.csv.noConverter": Entry(
            "可用的 GB18030 转换（系统的 iconv 不支持 GB18030）",
            "a GB18030 converter (the system iconv has none)"),
        "reader.csv.unterminatedQuote": Entry(
            "与本行引号配对的结束引号（\"）",
            "a closing quote (\") for the quoted field that opens on this line"),

        "reader.xlsx.notZip": Entry("XLSX 工作簿（ZIP 压缩包）", "an XLSX workbook (ZIP archive)"),
        "reader.xlsx.oldXLS": Entry(
            "XLSX 工作簿（此文件是旧版 .xls 格式，请另存为 .xlsx）",
            "an XLSX workbook (this is an old .xls file; save it as .xlsx)"),
        "reader.xlsx.damaged": Entry(
            "完整的 XLSX 工作簿（文件已损坏或不完整：{0}）",
            "a complete XLSX workbook (the file is damaged or truncated: {0})"),
        "reader.xlsx.detail.archive": Entry("无法读取 ZIP 目录", "the ZIP directory cannot be read"),
        "reader.xlsx.detail.missingPart": Entry("缺少 {0}", "{0} is missing"),
        "reader.xlsx.detail.unreadablePart": Entry("{0} 无法解压", "{0} cannot be extracted"),
        "reader.xlsx.detail.badXML": Entry("{0} 不是格式正确的 XML", "{0} is not well-formed XML"),
        "reader.xlsx.detail.badSharedString": Entry("共享字符串 {0} 不存在", "shared string {0} does not exist"),
        "reader.xlsx.detail.noSheets": Entry("工作簿中没有工作表", "the workbook has no sheet"),
        "reader.xlsx.unknownSheet": Entry("以下工作表之一：{0}", "one of the sheets {0}"),

        "reader.json.syntax": Entry("格式正确的 JSON（{0}）", "well-formed JSON ({0})"),
        "reader.json.dataStr": Entry("data_str 中格式正确的 JSON（{0}）", "well-formed JSON in data_str ({0})"),
        "reader.json.detail.end": Entry("内容意外结束", "the text ends too early"),
        "reader.json.detail.character": Entry("此处不应出现“{0}”", "'{0}' is not allowed here"),
        "reader.json.detail.trailing": Entry("JSON 之后还有多余内容", "there is more text after the JSON value"),
        "reader.json.detail.encoding": Entry("文本不是 UTF-8 编码", "the text is not UTF-8"),
        "reader.json.report": Entry("成员积分报表（dataList.data）", "a member-score report (dataList.data)"),
        "reader.json.memberObject": Entry("成员记录（JSON 对象）", "a member record (a JSON object)"),
        "reader.json.userName": Entry("成员姓名（userName）", "a member name (userName)"),
        "reader.json.text": Entry("文本或数字", "text or a number"),
        "reader.json.wholeNumber": Entry("整数", "a whole number"),
        "reader.json.number": Entry("数字", "a number"),
        "reader.json.activation": Entry(
            "激活状态（1/0、true/false、已激活/未激活）",
            "an activation flag (1/0, true/false, 已激活/未激活)"),
        "reader.json.rankingEntry": Entry(
            "组织排名记录（含 rank 和 orgName 的对象）",
            "an organization ranking entry (an object with rank and orgName)"),
    ]
}
