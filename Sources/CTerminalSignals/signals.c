#include "CTerminalSignals.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

static struct sigaction previous_actions[NSIG];
static volatile sig_atomic_t handlers_installed = 0;
// Set before the handlers go in and only read by them, so a plain pointer is enough.
static int (*volatile restore_function)(void) = 0;
static const int restored_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP
};
static const int restored_signal_count = (int)(sizeof restored_signals / sizeof restored_signals[0]);

// endwin resets most of the terminal, but a terminal left in mouse mode is the classic
// garbled shell, so the sequence is written first and directly.
void xuexi_write_mouse_off(void) {
    static const char sequence[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1015l\033[?25h";
    ssize_t ignored = write(STDOUT_FILENO, sequence, sizeof sequence - 1);
    (void)ignored;
}

static void signal_restore_handler(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    xuexi_write_mouse_off();
    if (restore_function != 0) restore_function();
    int is_crash = signal_number == SIGSEGV || signal_number == SIGBUS || signal_number == SIGILL
        || signal_number == SIGFPE || signal_number == SIGTRAP || signal_number == SIGABRT;
    if (is_crash && info != NULL && info->si_code > 0) {
        // A real fault: returning re-runs the faulting instruction, which faults again into
        // the previous handler (Swift's crash report, or the default core dump).
        sigaction(signal_number, &previous_actions[signal_number], NULL);
        return;
    }
    if (is_crash) {
        // A crash signal sent with kill: nothing will fault again, so end as the default would.
        signal(signal_number, SIG_DFL);
    } else {
        // SIGINT/SIGTERM/SIGHUP/SIGQUIT: hand over to whoever had it before (normally the
        // default action), so the exit status is what the shell expects (130, 143, 129).
        sigaction(signal_number, &previous_actions[signal_number], NULL);
    }
    raise(signal_number);
}

void xuexi_install_restore_handlers(int (*restore_terminal)(void)) {
    if (handlers_installed) return;
    restore_function = restore_terminal;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = signal_restore_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO;
    for (int i = 0; i < restored_signal_count; i++) {
        sigaction(restored_signals[i], &action, &previous_actions[restored_signals[i]]);
    }
    handlers_installed = 1;
}

void xuexi_remove_restore_handlers(void) {
    if (!handlers_installed) return;
    for (int i = 0; i < restored_signal_count; i++) {
        sigaction(restored_signals[i], &previous_actions[restored_signals[i]], NULL);
    }
    handlers_installed = 0;
}
