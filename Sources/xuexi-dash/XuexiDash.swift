import ArgumentParser
import XuexiCore

@main
struct XuexiDash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xuexi-dash",
        abstract: "学习强国 activity dashboard",
        subcommands: []
    )
}
