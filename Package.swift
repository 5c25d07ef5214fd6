// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "XuexiDash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "xuexi-dash", targets: ["xuexi-dash"]),
        .executable(name: "xuexi-bench", targets: ["xuexi-bench"]),
        .library(name: "XuexiCore", targets: ["XuexiCore"]),
        .library(name: "Widgets", targets: ["Widgets"]),
        .library(name: "WidgetGallery", targets: ["WidgetGallery"]),
        .library(name: "TerminalKit", targets: ["TerminalKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The one place ncurses headers are included (see shim.h).
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The signal handlers that give the terminal back: C, with their state in one C file.
        .target(name: "CTerminalSignals"),
        // Cell buffer, display width, layout, themes, keys and widgets: no terminal, no domain.
        .target(name: "Widgets"),
        // Every widget on sample data (the `gallery` command) and the drawing benchmark.
        .target(name: "WidgetGallery", dependencies: ["Widgets"]),
        // Terminal session over ncurses: input decoding, colour pairs, buffer renderer.
        .target(name: "TerminalKit", dependencies: ["CNcurses", "CTerminalSignals", "Widgets"]),
        // Domain library: model, SQLite store, importers, metrics, alerts, reports, demo.
        .target(
            name: "XuexiCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Screens and panes composed from Widgets and XuexiCore values.
        .target(name: "Dashboard", dependencies: ["Widgets", "XuexiCore"]),
        .executableTarget(
            name: "xuexi-dash",
            dependencies: [
                "XuexiCore", "Widgets", "WidgetGallery", "TerminalKit", "Dashboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "xuexi-bench",
            dependencies: ["XuexiCore", "Widgets", "WidgetGallery", "Dashboard"]
        ),
        .testTarget(name: "XuexiCoreTests", dependencies: ["XuexiCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WidgetsTests", dependencies: ["Widgets"]),
        .testTarget(name: "WidgetGalleryTests", dependencies: ["WidgetGallery", "Widgets"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "Widgets"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Widgets", "XuexiCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["XuexiCore"]),
        // The command line's own types (argument values, theme paths), tested in process.
        .testTarget(name: "XuexiDashTests", dependencies: ["xuexi-dash", "TerminalKit", "XuexiCore"]),
    ]
)
