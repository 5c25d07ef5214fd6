extension StringTable {
    static let importStrings: [String: Entry] = [
        "import.problem.location": Entry("{0} 第 {1} 行", "{0} line {1}"),
        "import.problem.column": Entry("列“{0}”", "column \"{0}\""),
        "import.problem.value": Entry("值“{0}”", "value \"{0}\""),
        "import.problem.expected": Entry("应为{0}", "expected {0}"),
        "import.problem.more": Entry("……另有 {0} 个错误未列出", "… and {0} more errors"),
    ]
}
