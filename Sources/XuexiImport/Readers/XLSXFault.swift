import XuexiModel

/// What can be wrong with an XLSX file, before it is turned into an `ImportProblem` in the
/// UI language.
enum XLSXFault: Error, Equatable {
    case notZip
    case oldXLS
    /// The system error number of the failed open or read.
    case unreadable(Int32)
    case archive
    case missingPart(String)
    case unreadablePart(String)
    case badXML(String)
    case badSharedString(Int)
    case noSheets
    case unknownSheet(String, available: [String])

    func problem(file: String, line: Int? = nil, language: Language) -> ImportProblem {
        func damaged(_ key: ReaderText, _ argument: CustomStringConvertible...) -> ImportProblem {
            let detail: String
            switch argument.count {
            case 0: detail = StringTable.text(key, language)
            default: detail = StringTable.text(key, language, argument[0])
            }
            return ImportProblem(
                file: file, line: line, expected: StringTable.text(ReaderText.xlsxDamaged, language, detail))
        }
        switch self {
        case .notZip:
            return ImportProblem(file: file, expected: StringTable.text(ReaderText.xlsxNotZip, language))
        case .oldXLS:
            return ImportProblem(file: file, expected: StringTable.text(ReaderText.xlsxOldXLS, language))
        case .unreadable(let code):
            let cause = FileErrorCause(errno: code).text(language)
            return ImportProblem(file: file, expected: StringTable.text(ReaderText.fileUnreadable, language, cause))
        case .archive: return damaged(ReaderText.xlsxDetailArchive)
        case .missingPart(let path): return damaged(ReaderText.xlsxDetailMissingPart, path)
        case .unreadablePart(let path): return damaged(ReaderText.xlsxDetailUnreadablePart, path)
        case .badXML(let path): return damaged(ReaderText.xlsxDetailBadXML, path)
        case .badSharedString(let index): return damaged(ReaderText.xlsxDetailBadSharedString, index)
        case .noSheets: return damaged(ReaderText.xlsxDetailNoSheets)
        case .unknownSheet(let name, let available):
            let list = available.map { language == .zh ? "“\($0)”" : "\"\($0)\"" }
                .joined(separator: language == .zh ? "、" : ", ")
            return ImportProblem(
                file: file, value: name, expected: StringTable.text(ReaderText.xlsxUnknownSheet, language, list))
        }
    }
}
