import XuexiModel

/// What can be wrong with an XLSX file, before it is turned into an `ImportProblem` in the
/// UI language.
enum XLSXFault: Error, Equatable {
    case notZip
    case oldXLS
    case unreadable(String)
    case archive
    case missingPart(String)
    case unreadablePart(String)
    case badXML(String)
    case badSharedString(Int)
    case noSheets
    case unknownSheet(String, available: [String])

    func problem(file: String, line: Int? = nil, language: Language) -> ImportProblem {
        func damaged(_ key: String, _ argument: CustomStringConvertible...) -> ImportProblem {
            let detail: String
            switch argument.count {
            case 0: detail = StringTable.text(key, language)
            default: detail = StringTable.text(key, language, argument[0])
            }
            return ImportProblem(file: file, line: line, expected: StringTable.text("reader.xlsx.damaged", language, detail))
        }
        switch self {
        case .notZip:
            return ImportProblem(file: file, expected: StringTable.text("reader.xlsx.notZip", language))
        case .oldXLS:
            return ImportProblem(file: file, expected: StringTable.text("reader.xlsx.oldXLS", language))
        case .unreadable(let reason):
            return ImportProblem(file: file, expected: StringTable.text("reader.file.unreadable", language, reason))
        case .archive: return damaged("reader.xlsx.detail.archive")
        case .missingPart(let path): return damaged("reader.xlsx.detail.missingPart", path)
        case .unreadablePart(let path): return damaged("reader.xlsx.detail.unreadablePart", path)
        case .badXML(let path): return damaged("reader.xlsx.detail.badXML", path)
        case .badSharedString(let index): return damaged("reader.xlsx.detail.badSharedString", index)
        case .noSheets: return damaged("reader.xlsx.detail.noSheets")
        case .unknownSheet(let name, let available):
            let list = available.map { language == .zh ? "“\($0)”" : "\"\($0)\"" }
                .joined(separator: language == .zh ? "、" : ", ")
            return ImportProblem(
                file: file, value: name, expected: StringTable.text("reader.xlsx.unknownSheet", language, list))
        }
    }
}
