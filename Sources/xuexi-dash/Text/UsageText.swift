import XuexiModel

/// Text of command-line usage errors: what each option expected, the checks of `validate()`,
/// and ArgumentParser's own sentences said again in Chinese (its English stays for `--lang en`).
enum UsageText: String, TextKey {
    static let entries: [UsageText: TextEntry] = [
        .expectDate: TextEntry(zh: "应为日期 YYYY-MM-DD（如 2026-11-20）", en: "expected a date YYYY-MM-DD"),
        .expectLanguage: TextEntry(zh: "--lang 只能是 zh 或 en", en: "--lang must be zh or en"),
        .expectSize: TextEntry(zh: "--size 应形如 120x40（列x行）", en: "--size must look like 120x40"),
        .expectColors: TextEntry(
            zh: "--colors 只能是 none、8、256 或 truecolor", en: "--colors must be none, 8, 256 or truecolor"),
        .expectReportFormat: TextEntry(
            zh: "--format 只能是 md、csv、xlsx 或 json", en: "--format must be md, csv, xlsx or json"),
        .expectImportKind: TextEntry(zh: "--kind 只能是 {0} 之一", en: "--kind must be one of {0}"),
        .expectEncoding: TextEntry(
            zh: "--encoding 只能是 auto、utf8 或 gb18030", en: "--encoding must be auto, utf8 or gb18030"),
        .expectView: TextEntry(zh: "--view 只能是 main 或 branch", en: "--view must be main or branch"),
        .expectSeverity: TextEntry(
            zh: "--min-severity 只能是 critical、warning 或 info", en: "--min-severity must be critical, warning or info"),
        .watchNotDirectory: TextEntry(zh: "{0} 不是文件夹（watch 监视的是一个文件夹）", en: "{0} is not a directory"),
        .watchTimes: TextEntry(
            zh: "--settle 不能小于 0，--interval 不能小于 0.1", en: "--settle must be ≥ 0 and --interval ≥ 0.1"),
        .demoDays: TextEntry(zh: "--days 应在 1 到 3660 之间", en: "--days must be between 1 and 3660"),
        .demoLiveInterval: TextEntry(
            zh: "--live-interval 不能小于 0.5 秒", en: "--live-interval must be at least 0.5 seconds"),
        .usageError: TextEntry(zh: "命令行有误：{0}", en: "Error: {0}"),
        .invalidValue: TextEntry(zh: "{1} 的值“{0}”无效：{2}", en: "The value '{0}' is invalid for '{1}': {2}"),
        .invalidValueBare: TextEntry(zh: "{1} 的值“{0}”无效", en: "The value '{0}' is invalid for '{1}'"),
        .unknownOption: TextEntry(zh: "没有 {0} 这个选项", en: "Unknown option '{0}'"),
        .unknownOptionSuggestion: TextEntry(
            zh: "没有 {0} 这个选项；是不是 {1}？", en: "Unknown option '{0}'. Did you mean '{1}'?"),
        .missingOneOf: TextEntry(zh: "缺少以下参数之一：{0}", en: "Missing one of: {0}"),
        .unexpectedArguments: TextEntry(zh: "多余的参数（{0} 个）：{1}", en: "{0} unexpected arguments: {1}"),
        .missingSubcommand: TextEntry(zh: "缺少子命令", en: "Missing required subcommand."),
        .missingArgument: TextEntry(zh: "缺少参数 {0}", en: "Missing expected argument '{0}'"),
        .missingValue: TextEntry(zh: "{0} 后面缺少值", en: "Missing value for '{0}'"),
        .unexpectedArgument: TextEntry(zh: "多余的参数 {0}", en: "Unexpected argument '{0}'"),
        .seeHelp: TextEntry(zh: "用法见 {0} --help", en: "See '{0} --help' for more information."),
    ]

    case expectDate = "usage.expect.date"
    case expectLanguage = "usage.expect.language"
    case expectSize = "usage.expect.size"
    case expectColors = "usage.expect.colors"
    case expectReportFormat = "usage.expect.reportFormat"
    case expectImportKind = "usage.expect.importKind"
    case expectEncoding = "usage.expect.encoding"
    case expectView = "usage.expect.view"
    case expectSeverity = "usage.expect.severity"
    case watchNotDirectory = "usage.watch.notDirectory"
    case watchTimes = "usage.watch.times"
    case demoDays = "usage.demo.days"
    case demoLiveInterval = "usage.demo.liveInterval"
    /// ArgumentParser's sentences, matched in its English and said again in Chinese.
    case usageError = "usage.error"
    case invalidValue = "usage.invalidValue"
    case invalidValueBare = "usage.invalidValueBare"
    case unknownOption = "usage.unknownOption"
    case unknownOptionSuggestion = "usage.unknownOptionSuggestion"
    case missingOneOf = "usage.missingOneOf"
    case unexpectedArguments = "usage.unexpectedArguments"
    case missingSubcommand = "usage.missingSubcommand"
    case missingArgument = "usage.missingArgument"
    case missingValue = "usage.missingValue"
    case unexpectedArgument = "usage.unexpectedArgument"
    case seeHelp = "usage.seeHelp"
}
