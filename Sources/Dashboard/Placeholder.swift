public enum DashboardPlaceholder {}
