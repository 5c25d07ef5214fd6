import ArgumentParser

/// `xuexi-dash gallery`: every widget on one screen (implemented with the terminal layer).
struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gallery", abstract: "Show every widget (widget gallery)")
}
