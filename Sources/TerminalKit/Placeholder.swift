import CNcurses
public enum TerminalKitPlaceholder {}
