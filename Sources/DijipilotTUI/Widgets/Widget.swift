/// A small piece of drawing, configured by its properties and drawn into a rectangle of the grid: the one shape
/// every widget has (as in ratatui). Nothing is drawn outside `area`.
public protocol Widget {
    func render(into grid: inout Grid, area: Rect)
}
