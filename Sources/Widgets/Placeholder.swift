public enum WidgetsPlaceholder {}
