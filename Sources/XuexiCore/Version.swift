public enum XuexiCoreVersion { public static let string = "0.1.0" }
