/// A numbered list of answers: "1  text" with long texts wrapped under their first word (hanging indent),
/// the selected one in reverse video with a ▸ marker. Scrolls just enough to keep the selection whole, and puts
/// the grid cursor on the selected option's number.
public struct OptionList: Widget {
    public var options: [String]
    public var selected: Int
    public var selectedStyle: Style
    public var numberStyle: Style
    public var subtleStyle: Style
    /// The last option ("Not sure") in the subtle style.
    public var dimLast: Bool

    public init(
        options: [String], selected: Int, selectedStyle: Style, numberStyle: Style, subtleStyle: Style,
        dimLast: Bool = false
    ) {
        self.options = options; self.selected = selected; self.selectedStyle = selectedStyle
        self.numberStyle = numberStyle; self.subtleStyle = subtleStyle; self.dimLast = dimLast
    }

    /// One screen line of the list.
    public struct Line: Equatable, Sendable {
        public var option: Int
        public var text: String
        public var isFirst: Bool
    }

    /// Columns before an option's text: marker, number, two spaces ("▸ 1  ").
    public static let indent = 5

    /// Every line of every option at this width, in order.
    public static func lines(_ options: [String], width: Int) -> [Line] {
        let textWidth = max(1, width - indent)
        var out: [Line] = []
        for (i, option) in options.enumerated() {
            let wrapped = DisplayWidth.wrap(option, width: textWidth)
            for (k, text) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                out.append(Line(option: i, text: text, isFirst: k == 0))
            }
        }
        return out
    }

    /// The first line shown so the selected option fits in `height` lines (its top when it is taller).
    public static func scroll(_ lines: [Line], selected: Int, height: Int) -> Int {
        guard height > 0, let first = lines.firstIndex(where: { $0.option == selected }),
            let last = lines.lastIndex(where: { $0.option == selected })
        else { return 0 }
        let offset = max(0, last - height + 1)
        return min(offset, first)
    }

    /// The visible lines with their row inside the area.
    public static func visible(_ options: [String], width: Int, height: Int, selected: Int) -> [(row: Int, line: Line)]
    {
        let all = lines(options, width: width)
        let top = scroll(all, selected: selected, height: height)
        return all.dropFirst(top).prefix(max(0, height)).enumerated().map { (row: $0.offset, line: $0.element) }
    }

    public func render(into grid: inout Grid, area: Rect) {
        for (row, line) in Self.visible(options, width: area.width, height: area.height, selected: selected) {
            let y = area.y + row
            let isSelected = line.option == selected
            let isLast = dimLast && line.option == options.count - 1
            var textStyle: Style = isSelected ? selectedStyle : (isLast ? subtleStyle : .plain)
            if isSelected { textStyle.reverse = true }
            if line.isFirst {
                let marker = isSelected ? "▸" : " "
                grid.put(marker, x: area.x, y: y, style: isSelected ? selectedStyle : .plain, maxWidth: area.width)
                let number = line.option < 9 ? "\(line.option + 1)" : " "
                grid.put(
                    number, x: area.x + 2, y: y, style: isSelected ? selectedStyle : numberStyle,
                    maxWidth: max(0, area.width - 2))
                if isSelected { grid.cursor = (area.x + 2, y) }
            }
            if isSelected {
                let used = DisplayWidth.of(line.text)
                grid.fill(
                    Rect(
                        x: area.x + Self.indent - 1, y: y, width: min(used + 2, area.width - Self.indent + 1), height: 1
                    ),
                    style: selectedStyle)
            }
            grid.put(
                line.text, x: area.x + Self.indent, y: y, style: textStyle, maxWidth: max(0, area.width - Self.indent))
        }
    }

    /// Which option sits at row `row` of the area, if any.
    public static func option(atRow row: Int, options: [String], width: Int, height: Int, selected: Int) -> Int? {
        visible(options, width: width, height: height, selected: selected).first { $0.row == row }?.line.option
    }
}
