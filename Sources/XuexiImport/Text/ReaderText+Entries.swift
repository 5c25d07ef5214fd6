import XuexiModel

extension ReaderText {
    static let table: [ReaderText: TextEntry] = [
        .fileUnreadable: TextEntry(zh: "可读取的文件（{0}）", en: "a readable file ({0})"),
        .csvUtf8: TextEntry(
            zh: "UTF-8 编码的文本（若文件是 GBK/GB18030 编码，请加 --encoding gb18030）",
            en: "UTF-8 text (if the file is GBK/GB18030, use --encoding gb18030)"),
        .csvGb18030: TextEntry(
            zh: "GB18030 编码的文本（若文件是 UTF-8 编码，请加 --encoding utf8）",
            en: "GB18030 text (if the file is UTF-8, use --encoding utf8)"),
        .csvUtf16: TextEntry(
            zh: "UTF-8 或 GB18030 编码的 CSV（此文件为 UTF-16，请另存为“CSV UTF-8”）",
            en: "a UTF-8 or GB18030 CSV (this file is UTF-16; save it as \"CSV UTF-8\")"),
        .csvNoConverter: TextEntry(
            zh: "可用的 GB18030 转换（系统的 iconv 不支持 GB18030）",
            en: "a GB18030 converter (the system iconv has none)"),
        .csvUnterminatedQuote: TextEntry(
            zh: "与本行引号配对的结束引号（\"）",
            en: "a closing quote (\") for the quoted field that opens on this line"),
        .xlsxNotZip: TextEntry(zh: "XLSX 工作簿（ZIP 压缩包）", en: "an XLSX workbook (ZIP archive)"),
        .xlsxOldXLS: TextEntry(
            zh: "XLSX 工作簿（此文件是旧版 .xls 格式，请另存为 .xlsx）",
            en: "an XLSX workbook (this is an old .xls file; save it as .xlsx)"),
        .xlsxDamaged: TextEntry(
            zh: "完整的 XLSX 工作簿（文件已损坏或不完整：{0}）",
            en: "a complete XLSX workbook (the file is damaged or truncated: {0})"),
        .xlsxDetailArchive: TextEntry(zh: "无法读取 ZIP 目录", en: "the ZIP directory cannot be read"),
        .xlsxDetailMissingPart: TextEntry(zh: "缺少 {0}", en: "{0} is missing"),
        .xlsxDetailUnreadablePart: TextEntry(zh: "{0} 无法解压", en: "{0} cannot be extracted"),
        .xlsxDetailBadXML: TextEntry(zh: "{0} 不是格式正确的 XML", en: "{0} is not well-formed XML"),
        .xlsxDetailBadSharedString: TextEntry(zh: "共享字符串 {0} 不存在", en: "shared string {0} does not exist"),
        .xlsxDetailNoSheets: TextEntry(zh: "工作簿中没有工作表", en: "the workbook has no sheet"),
        .xlsxUnknownSheet: TextEntry(zh: "以下工作表之一：{0}", en: "one of the sheets {0}"),
        .jsonSyntax: TextEntry(zh: "格式正确的 JSON（{0}）", en: "well-formed JSON ({0})"),
        .jsonDataStr: TextEntry(zh: "data_str 中格式正确的 JSON（{0}）", en: "well-formed JSON in data_str ({0})"),
        .jsonDetailEnd: TextEntry(zh: "内容意外结束", en: "the text ends too early"),
        .jsonDetailCharacter: TextEntry(zh: "此处不应出现“{0}”", en: "'{0}' is not allowed here"),
        .jsonDetailTrailing: TextEntry(zh: "JSON 之后还有多余内容", en: "there is more text after the JSON value"),
        .jsonDetailEncoding: TextEntry(zh: "文本不是 UTF-8 编码", en: "the text is not UTF-8"),
        .jsonReport: TextEntry(zh: "成员积分报表（dataList.data）", en: "a member-score report (dataList.data)"),
        .jsonMemberObject: TextEntry(zh: "成员记录（JSON 对象）", en: "a member record (a JSON object)"),
        .jsonUserName: TextEntry(zh: "成员姓名（userName）", en: "a member name (userName)"),
        .jsonText: TextEntry(zh: "文本或数字", en: "text or a number"),
        .jsonWholeNumber: TextEntry(zh: "整数", en: "a whole number"),
        .jsonNumber: TextEntry(zh: "数字", en: "a number"),
        .jsonActivation: TextEntry(
            zh: "激活状态（1/0、true/false、已激活/未激活）",
            en: "an activation flag (1/0, true/false, 已激活/未激活)"),
        .jsonRankingEntry: TextEntry(
            zh: "组织排名记录（含 rank 和 orgName 的对象）",
            en: "an organization ranking entry (an object with rank and orgName)"),
    ]
}
