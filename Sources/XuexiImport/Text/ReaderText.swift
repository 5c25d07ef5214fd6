import XuexiModel

/// Text of the file readers (CSV, XLSX, member-report JSON): mostly the `expected` part of an `ImportProblem`, read as a noun phrase after "expected" / "应为".
/// The raw value is the stable id that tests and translators refer to.
public enum ReaderText: String, TextKey {
    public static let entries: [ReaderText: TextEntry] = table

    case fileUnreadable = "reader.file.unreadable"
    case csvUtf8 = "reader.csv.utf8"
    case csvGb18030 = "reader.csv.gb18030"
    case csvUtf16 = "reader.csv.utf16"
    case csvNoConverter = "reader.csv.noConverter"
    case csvUnterminatedQuote = "reader.csv.unterminatedQuote"
    case xlsxNotZip = "reader.xlsx.notZip"
    case xlsxOldXLS = "reader.xlsx.oldXLS"
    case xlsxDamaged = "reader.xlsx.damaged"
    case xlsxDetailArchive = "reader.xlsx.detail.archive"
    case xlsxDetailMissingPart = "reader.xlsx.detail.missingPart"
    case xlsxDetailUnreadablePart = "reader.xlsx.detail.unreadablePart"
    case xlsxDetailBadXML = "reader.xlsx.detail.badXML"
    case xlsxDetailBadSharedString = "reader.xlsx.detail.badSharedString"
    case xlsxDetailNoSheets = "reader.xlsx.detail.noSheets"
    case xlsxUnknownSheet = "reader.xlsx.unknownSheet"
    case jsonSyntax = "reader.json.syntax"
    case jsonDataStr = "reader.json.dataStr"
    case jsonDetailEnd = "reader.json.detail.end"
    case jsonDetailCharacter = "reader.json.detail.character"
    case jsonDetailTrailing = "reader.json.detail.trailing"
    case jsonDetailEncoding = "reader.json.detail.encoding"
    case jsonReport = "reader.json.report"
    case jsonMemberObject = "reader.json.memberObject"
    case jsonUserName = "reader.json.userName"
    case jsonText = "reader.json.text"
    case jsonWholeNumber = "reader.json.wholeNumber"
    case jsonNumber = "reader.json.number"
    case jsonActivation = "reader.json.activation"
    case jsonRankingEntry = "reader.json.rankingEntry"
}
