import Foundation
import Testing

/// A terminal that disappears without delivering SIGHUP (its parent left the signal blocked,
/// as some process supervisors do) must not leave the program spinning on a dead tty.
@Suite("Dead terminal end to end", .serialized, .enabled(if: TmuxHarness.isAvailable, "tmux is not installed"))
struct DeadTerminalEndToEndTests {
    @Test("the program exits when its terminal goes away with hang-up signals blocked")
    func exitsWhenTheTerminalDies() throws {
        let binary = try #require(TmuxHarness.executable(named: "xuexi-dash"), "build xuexi-dash first (swift build)")
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let launcher = try #require(python, "python3 blocks the signals for this test")
        let tmux = try TmuxHarness(columns: 80, rows: 24)
        let script =
            "import signal,os,sys; signal.pthread_sigmask(signal.SIG_BLOCK,{signal.SIGHUP,signal.SIGTERM,signal.SIGINT}); os.execv(sys.argv[1],[sys.argv[1],'gallery'])"
        tmux.run(
            "exec \(TmuxHarness.shellQuoted(launcher)) -c \(TmuxHarness.shellQuoted(script)) \(TmuxHarness.shellQuoted(binary))"
        )
        #expect(tmux.waitForText("组件库 Widget gallery"))
        let pids = try #require(tmux.panePID(), "no pane process")
        tmux.close()
        var alive = true
        for _ in 0..<50 where alive {
            usleep(100_000)
            alive = kill(pids, 0) == 0 && !TmuxHarness.isZombie(pids)
        }
        #expect(!alive, "xuexi-dash \(pids) still running after its terminal went away")
        if alive { kill(pids, SIGKILL) }
    }
}

extension TmuxHarness {
    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        return stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true
    }
}
