import Foundation

/// The saved roadmap as text, Markdown, JSON or HTML: by week, each lesson with its status, reason and
/// minutes, with progress per week and overall. `doneWhen` (the progress file's ticks) boxes each criterion and
/// sets lessons marked done anyway apart.
public enum RoadmapExport {
    public static func text(
        _ state: RoadmapState, curriculum: Curriculum, doneWhen: [String: DoneWhenProgress] = [:]
    ) -> String {
        let plan = Plan(state, curriculum: curriculum, doneWhen: doneWhen)
        var out = "Roadmap · \(plan.headline)\n"
        out += "Progress: \(plan.overall.sentence)\n"
        for week in plan.weeks {
            out += "\n\(week.heading) · \(week.progress.short)\n"
            for lesson in week.lessons {
                out += "  \(lesson.status.checkbox) \(lesson.id)  \(lesson.title) · \(lesson.time)\(lesson.note)"
                out += "\n      \(lesson.reason)\n"
            }
        }
        if plan.weeks.isEmpty { out += "\nNothing to study: every checkpoint is mastered or done.\n" }
        return out
    }

    public static func markdown(
        _ state: RoadmapState, curriculum: Curriculum, doneWhen: [String: DoneWhenProgress] = [:]
    ) -> String {
        let md = ExportFormatting.markdown
        let plan = Plan(state, curriculum: curriculum, doneWhen: doneWhen)
        var out = "# Roadmap\n\n\(md(plan.headline))\n\n**Progress:** \(plan.overall.sentence)\n"
        for week in plan.weeks {
            out += "\n## \(week.heading) · \(week.progress.short)\n\n"
            for lesson in week.lessons {
                let title = lesson.status == .skipped ? "~~\(md(lesson.title))~~" : md(lesson.title)
                let box = lesson.status == .done ? "[x]" : "[ ]"
                out += "- \(box) **\(md(lesson.id))** \(title) · \(lesson.time)\(lesson.note)  \n"
                out += "  _\(md(lesson.reason))_\n"
                if let work = lesson.work {
                    // The steps and criteria as a working checklist, nested under the lesson.
                    out += "\n  Do this:\n\n"
                    for (n, step) in work.steps.enumerated() { out += "  \(n + 1). \(md(step))\n" }
                    out += "\n  Done when:\n\n"
                    for (n, criterion) in work.doneWhen.enumerated() {
                        out += "  - \(lesson.isTicked(n) ? "[x]" : "[ ]") \(md(criterion))\n"
                    }
                    if let template = work.template {
                        out += "\n  Template: `\(template)` (`dijipilot template \(lesson.id)` writes a copy)\n"
                    }
                    out += "\n"
                }
            }
        }
        if plan.weeks.isEmpty { out += "\nNothing to study: every checkpoint is mastered or done.\n" }
        return out
    }

    public static func json(
        _ state: RoadmapState, curriculum: Curriculum, doneWhen: [String: DoneWhenProgress] = [:]
    ) -> String {
        let plan = Plan(state, curriculum: curriculum, doneWhen: doneWhen)
        struct Lesson: Encodable {
            var id, title: String; var minutes: Int; var status: LessonStatus; var reason: String; var doneAt: Date?
            /// Present only for a lesson marked done without every criterion; nil fields are left out.
            var doneAnyway: Bool?
            /// The Done-when criteria ticked (0-based), when any were.
            var criteriaTicked: [Int]?
        }
        /// `weeks`: the calendar weeks it takes (more than 1 for a lesson longer than the weekly time).
        struct Week: Encodable {
            var week, weeks, minutes: Int; var progress: Plan.Progress; var lessons: [Lesson]
        }
        struct Document: Encodable {
            var generatedAt: Date; var hoursPerWeek: Double; var basedOnDiagnostic: String
            var progress: Plan.Progress; var weeks: [Week]
        }
        return ExportFormatting.json(
            Document(
                generatedAt: state.generatedAt, hoursPerWeek: state.hoursPerWeek,
                basedOnDiagnostic: state.basedOnDiagnostic,
                progress: plan.overall,
                weeks: plan.weeks.map { week in
                    Week(
                        week: week.number, weeks: week.span, minutes: week.progress.minutesTotal,
                        progress: week.progress,
                        lessons: week.lessons.map {
                            Lesson(
                                id: $0.id, title: $0.title, minutes: $0.minutes, status: $0.status, reason: $0.reason,
                                doneAt: $0.doneAt, doneAnyway: $0.doneAnyway ? true : nil,
                                criteriaTicked: $0.ticks.flatMap { $0.ticks.isEmpty ? nil : $0.ticks.map(\.criterion) })
                        })
                }))
    }

    /// One row per lesson for a spreadsheet or a task board (RFC 4180, CRLF): week, id, title, status, minutes
    /// (reading and doing), the reason it is on the plan, and its done-when criteria one per line in the cell.
    public static func csv(
        _ state: RoadmapState, curriculum: Curriculum, doneWhen: [String: DoneWhenProgress] = [:]
    ) -> String {
        let plan = Plan(state, curriculum: curriculum, doneWhen: doneWhen)
        var rows = [["week", "id", "title", "status", "minutes", "reason", "done_when"]]
        for week in plan.weeks {
            for lesson in week.lessons {
                rows.append([
                    String(week.number), lesson.id, lesson.title, lesson.status.rawValue, String(lesson.minutes),
                    lesson.reason, (lesson.work?.doneWhen ?? []).joined(separator: "\n"),
                ])
            }
        }
        return CSVTable.render(rows)
    }

    public static func html(
        _ state: RoadmapState, curriculum: Curriculum, doneWhen: [String: DoneWhenProgress] = [:]
    ) -> String {
        let h = ExportFormatting.html
        let plan = Plan(state, curriculum: curriculum, doneWhen: doneWhen)
        var body = "<h1>Roadmap</h1>\n<p class=\"meta\">\(h(plan.headline))</p>\n"
        body += "<p><strong>Progress:</strong> \(h(plan.overall.sentence)) \(progressBar(plan.overall.fraction))</p>\n"
        for week in plan.weeks {
            body +=
                "<h2>\(h(week.heading)) <span class=\"muted\">\(h(week.progress.short))</span> \(progressBar(week.progress.fraction))</h2>\n"
            body += "<ul class=\"tasks\">\n"
            for lesson in week.lessons {
                let checked = lesson.status == .done ? " checked=\"checked\"" : ""
                let cls = lesson.status == .skipped ? " class=\"skipped\"" : ""
                let note = lesson.note.isEmpty ? "" : " <em>\(h(String(lesson.note.dropFirst())))</em>"
                body +=
                    "<li><input type=\"checkbox\" disabled=\"disabled\"\(checked)/> <span\(cls)><strong>\(h(lesson.id))</strong> \(h(lesson.title))</span>"
                body += " <span class=\"muted\">· \(h(lesson.time))</span>\(note)"
                body += "<div class=\"reason\">\(h(lesson.reason))</div>"
                if let work = lesson.work {
                    body += "<div class=\"work\"><p class=\"label\">Do this</p><ol>"
                    body += work.steps.map { "<li>\(h($0))</li>" }.joined() + "</ol>"
                    body += "<p class=\"label\">Done when</p><ul class=\"tasks\">"
                    body +=
                        work.doneWhen.enumerated().map { n, criterion in
                            let ticked = lesson.isTicked(n) ? " checked=\"checked\"" : ""
                            return "<li><input type=\"checkbox\"\(ticked)/> \(h(criterion))</li>"
                        }.joined()
                        + "</ul>"
                    if let template = work.template {
                        body += "<p class=\"muted\">Template: \(h(template)) (dijipilot template \(h(lesson.id)))</p>"
                    }
                    body += "</div>"
                }
                body += "</li>\n"
            }
            body += "</ul>\n"
        }
        if plan.weeks.isEmpty { body += "<p>Nothing to study: every checkpoint is mastered or done.</p>\n" }
        return ExportFormatting.page(title: "Dijipilot roadmap", body: body)
    }

    static func progressBar(_ fraction: Double) -> String {
        "<span class=\"bar\"><span class=\"fill\" style=\"width: \(ExportFormatting.percentValue(fraction))%\"></span></span>"
    }

    /// The state with titles and minutes looked up, grouped by week, with the counts every format shows.
    struct Plan {
        struct Lesson {
            var id, title: String; var minutes: Int; var status: LessonStatus; var reason: String; var doneAt: Date?
            /// Reading and doing apart (`minutes` is both), and the work to do, where the curriculum has them.
            var reading = 0, doing = 0
            var work: LessonWork?
            /// What the founder ticked of the lesson's Done-when list, if anything.
            var ticks: DoneWhenProgress?
            var time: String { ExportFormatting.lessonTime(reading: reading, doing: doing) }
            var doneAnyway: Bool { status == .done && ticks?.isDoneAnyway == true }
            /// A criterion's box: ticked in the walk, or every box of a lesson done before criteria were kept.
            func isTicked(_ criterion: Int) -> Bool {
                ticks.map { $0.isTicked(criterion) } ?? (status == .done)
            }
            /// " (in progress)", " (skipped)", " (done anyway)" or nothing.
            var note: String {
                if doneAnyway { return " (done anyway)" }
                return status == .doing ? " (in progress)" : status == .skipped ? " (skipped)" : ""
            }
        }
        struct Progress: Encodable {
            var done, total, minutesDone, minutesTotal, skipped: Int
            var fraction: Double { total == 0 ? 0 : Double(done) / Double(total) }
            var percent: Int { ExportFormatting.percentValue(fraction) }
            var sentence: String {
                "\(done) of \(ExportFormatting.plural(total, "lesson")) done (\(percent)%), "
                    + "\(ExportFormatting.duration(minutesDone)) of \(ExportFormatting.duration(minutesTotal))"
                    + (skipped > 0 ? ", \(skipped) skipped" : "")
            }
            var short: String { "\(ExportFormatting.duration(minutesTotal)) · \(done) of \(total) done" }
            init(_ lessons: [Lesson]) {
                let counted = lessons.filter { $0.status != .skipped }
                done = counted.filter { $0.status == .done }.count
                total = counted.count
                minutesDone = counted.filter { $0.status == .done }.reduce(0) { $0 + $1.minutes }
                minutesTotal = counted.reduce(0) { $0 + $1.minutes }
                skipped = lessons.count - counted.count
            }
            enum CodingKeys: String, CodingKey { case done, total, minutesDone, minutesTotal, skipped, percent }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(done, forKey: .done); try c.encode(total, forKey: .total)
                try c.encode(minutesDone, forKey: .minutesDone); try c.encode(minutesTotal, forKey: .minutesTotal)
                try c.encode(skipped, forKey: .skipped); try c.encode(percent, forKey: .percent)
            }
        }
        struct Week {
            var number: Int; var lessons: [Lesson]; var progress: Progress
            /// The calendar weeks it takes: more than 1 for a lesson longer than the weekly time.
            var span = 1
            var heading: String {
                number == 0 ? "Done under an earlier plan" : RoadmapState.weekTitle(number, span: span)
            }
        }

        var weeks: [Week]
        var overall: Progress
        var headline: String

        init(_ state: RoadmapState, curriculum: Curriculum, doneWhen: [String: DoneWhenProgress] = [:]) {
            var byWeek: [Int: [Lesson]] = [:]
            for item in state.items {
                let lesson = curriculum.lesson(item.lessonID)
                byWeek[item.week, default: []].append(
                    Lesson(
                        id: item.lessonID, title: lesson?.title ?? "(no longer in the curriculum)",
                        minutes: lesson?.totalMinutes ?? 0, status: item.status, reason: item.reason,
                        doneAt: item.doneAt,
                        reading: lesson?.readingMinutes ?? 0, doing: lesson?.doingMinutes ?? 0, work: lesson?.work,
                        ticks: doneWhen[item.lessonID]))
            }
            let spans = state.weekSpans(curriculum: curriculum)
            weeks = byWeek.keys.sorted().map {
                Week(number: $0, lessons: byWeek[$0]!, progress: Progress(byWeek[$0]!), span: spans[$0] ?? 1)
            }
            overall = Progress(weeks.flatMap(\.lessons))
            let planned = RoadmapState.length(spans: spans)
            headline =
                "\(ExportFormatting.hours(state.hoursPerWeek)) a week of reading and doing · "
                + "\(ExportFormatting.plural(overall.total + overall.skipped, "lesson")) in \(ExportFormatting.plural(planned, "week"))"
                + " · based on diagnostic \(state.basedOnDiagnostic) · generated \(ExportFormatting.day(state.generatedAt))"
        }
    }
}
