import Foundation

/// A calendar day as a person reads it: "3 Mar" and "3 Mar 2026". English month names, so a screen's layout and a
/// saved reason never depend on the locale. The one place the app and the re-check reasons spell a day in words
/// (exports that machines read keep ISO dates, `ExportFormatting.day`).
public enum DayWording {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "3 Mar": the day and short month, in `timeZone`'s calendar day.
    public static func short(_ date: Date, timeZone: TimeZone = .current) -> String {
        let (day, month, _) = parts(date, timeZone)
        return "\(day) \(month)"
    }

    /// "3 Mar 2026".
    public static func long(_ date: Date, timeZone: TimeZone = .current) -> String {
        let (day, month, year) = parts(date, timeZone)
        return "\(day) \(month) \(year)"
    }

    private static func parts(_ date: Date, _ timeZone: TimeZone) -> (Int, String, Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return (c.day ?? 1, months[min(11, max(0, (c.month ?? 1) - 1))], c.year ?? 1970)
    }
}
