#include "ReviewPdf.h"

#include "models/io/FileAccess.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <optional>

namespace warden {

namespace {

constexpr QChar BreakHere(0x200B); // zero-width space: a place where a line may break
constexpr qreal Padding = 4;
constexpr qreal Gap = 10;

QFont font(qreal points, bool bold = false, bool italic = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QFont fontOf(PdfItem::Kind kind)
{
    switch (kind) {
    case PdfItem::Kind::Title:
        return font(18, true);
    case PdfItem::Kind::Heading:
        return font(12, true);
    case PdfItem::Kind::HeaderRow:
    case PdfItem::Kind::GroupRow:
        return font(8.5, true);
    case PdfItem::Kind::Caption:
    case PdfItem::Kind::Footer:
        return font(7.5);
    case PdfItem::Kind::Note:
        return font(9, false, true);
    case PdfItem::Kind::Fact:
    case PdfItem::Kind::Total:
        return font(10);
    case PdfItem::Kind::Row:
        break;
    }
    return font(8.5);
}

// The share of the width of each column: facts (label, value), global permissions (title, key,
// through) and folder permissions (title, key, state). The key column is wide enough for the
// longest part of a key between two breaks.
const QList<qreal> FactColumns{0.3, 0.7};
const QList<qreal> GlobalColumns{0.34, 0.28, 0.38};
const QList<qreal> FolderColumns{0.46, 0.36, 0.18};
const QList<qreal> WholeRow{1.0};

// The lines a text takes in `width`: broken between words (and at BreakHere), and inside a word
// only when it alone is wider than the width.
QStringList wrapLines(const QFont& f, const QString& text, qreal width, const QPaintDevice& device)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, f, &device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed().remove(BreakHere));
        }
        layout.endLayout();
        if (layout.lineCount() == 0)
            lines.append(QString());
    }
    return lines;
}

qreal lineHeight(const QFont& f, const QPaintDevice& device) { return QFontMetricsF(f, &device).lineSpacing(); }

class Layout
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)

public:
    Layout(const ReviewReport& report, const QPaintDevice& device)
        : m_report(report)
        , m_device(device)
        , m_width(device.width())
        , m_bottom(device.height() - 2 * lineHeight(fontOf(PdfItem::Kind::Footer), device))
    {
        m_pages.append(QList<PdfItem>());
    }

    PdfPages run()
    {
        cover();
        newPage();
        if (!m_report.comparing())
            globalPermissions();
        folderPermissions();
        footers();
        return m_pages;
    }

private:
    // A block of wrapped text across the page.
    qreal textHeight(PdfItem::Kind kind, const QString& text) const
    {
        return wrapLines(fontOf(kind), text, m_width, m_device).size() * lineHeight(fontOf(kind), m_device);
    }

    void text(PdfItem::Kind kind, const QString& text, qreal after = 4)
    {
        const QStringList lines = wrapLines(fontOf(kind), text, m_width, m_device);
        const qreal height = lines.size() * lineHeight(fontOf(kind), m_device);
        if (m_y + height > m_bottom)
            newPage();
        place(kind, height, lines.join(QLatin1Char('\n')));
        m_y += after;
    }

    // A row laid out once, to be put where it goes: its cells, each as its lines, joined (cells by
    // tabs, lines by newlines), and its height.
    PdfItem row(PdfItem::Kind kind, const QStringList& cells, const QList<qreal>& columns) const
    {
        QStringList laid;
        qsizetype most = 1;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QStringList lines
                = wrapLines(fontOf(kind), cells[i], columns.value(i) * m_width - 2 * Padding, m_device);
            most = std::max(most, lines.size());
            laid.append(lines.join(QLatin1Char('\n')));
        }
        const qreal height = most * lineHeight(fontOf(kind), m_device) + 2 * Padding;
        return {kind, QRectF(0, 0, m_width, height), laid.join(QLatin1Char('\t')), columns};
    }

    void put(PdfItem item)
    {
        item.rect.moveTop(m_y);
        m_y += item.rect.height();
        m_pages.last().append(std::move(item));
    }

    struct Table
    {
        QString heading;
        QString caption;
        QStringList header;
        QList<qreal> columns;
        // Runs of rows, each under a group row when it has a name.
        QList<std::pair<QString, QList<QStringList>>> runs;
    };

    // A run of a table as laid out: its group row (none when it has no name), then its rows.
    struct LaidRun
    {
        std::optional<PdfItem> group;
        QList<PdfItem> rows;
        qreal opening() const
        {
            return (group ? group->rect.height() : 0) + (rows.isEmpty() ? 0 : rows.first().rect.height());
        }
    };

    // A page that a table goes on to starts with a line that says so, its header row and the
    // group row of the run it is in.
    void continueTable(const QString& heading, const PdfItem& header, const std::optional<PdfItem>& group)
    {
        newPage();
        text(PdfItem::Kind::Caption, tr("%1 (continued)").arg(heading));
        put(header);
        if (group)
            put(*group);
    }

    // A table under a heading: the heading, its caption, the header row and the first row go on
    // one page; a row never breaks, and a group row stays with the row under it.
    void table(const Table& t)
    {
        const PdfItem header = row(PdfItem::Kind::HeaderRow, t.header, t.columns);
        QList<LaidRun> runs;
        for (const auto& [group, rows] : t.runs) {
            LaidRun run;
            if (!group.isEmpty())
                run.group = row(PdfItem::Kind::GroupRow, {group}, WholeRow);
            for (const QStringList& cells : rows)
                run.rows.append(row(PdfItem::Kind::Row, cells, t.columns));
            runs.append(std::move(run));
        }
        qreal opening = textHeight(PdfItem::Kind::Heading, t.heading) + 4 + header.rect.height();
        if (!t.caption.isEmpty())
            opening += textHeight(PdfItem::Kind::Caption, t.caption) + 4;
        if (!runs.isEmpty())
            opening += runs.first().opening();
        if (m_y + opening > m_bottom)
            newPage();
        text(PdfItem::Kind::Heading, t.heading);
        if (!t.caption.isEmpty())
            text(PdfItem::Kind::Caption, t.caption);
        put(header);
        for (const LaidRun& run : std::as_const(runs)) {
            if (run.group) {
                if (m_y + run.opening() > m_bottom)
                    continueTable(t.heading, header, std::nullopt);
                put(*run.group);
            }
            for (const PdfItem& item : run.rows) {
                if (m_y + item.rect.height() > m_bottom)
                    continueTable(t.heading, header, run.group);
                put(item);
            }
        }
        m_y += Gap;
    }

    void cover()
    {
        text(PdfItem::Kind::Title, m_report.title(), Gap);
        for (const auto& [label, value] : m_report.facts())
            put(row(PdfItem::Kind::Fact, {label, value}, FactColumns));
        m_y += Gap;
        for (const QString& total : m_report.totals())
            text(PdfItem::Kind::Total, total);
        if (!m_report.note().isEmpty()) {
            m_y += Gap;
            text(PdfItem::Kind::Note, m_report.note());
        }
    }

    void globalPermissions()
    {
        const Catalog& catalog = m_report.access().catalog();
        QList<QStringList> rows;
        for (const ReviewReport::GlobalRow& global : m_report.globalRows()) {
            const PermissionInfo& info = catalog.global(global.permission);
            rows.append({info.title, breakableKey(info.key), global.through});
        }
        if (rows.isEmpty()) {
            text(PdfItem::Kind::Heading, tr("Global permissions"));
            text(PdfItem::Kind::Note, tr("None."), Gap);
            return;
        }
        table(
            {tr("Global permissions"), {}, {tr("Permission"), tr("Key"), tr("Through")}, GlobalColumns, {{{}, rows}}});
    }

    void folderPermissions()
    {
        const Catalog& catalog = m_report.access().catalog();
        const QList<ReviewReport::Group> groups = m_report.groups();
        if (!m_report.adminNote().isEmpty()) {
            text(PdfItem::Kind::Heading, tr("Folder permissions"));
            text(PdfItem::Kind::Total, m_report.adminNote());
            return;
        }
        if (groups.isEmpty()) {
            text(PdfItem::Kind::Heading, tr("Folder permissions"));
            text(PdfItem::Kind::Note, m_report.comparing() ? tr("No differences.") : tr("None."));
            return;
        }
        const QStringList header{tr("Permission"), tr("Key"), m_report.comparing() ? tr("Held only by") : tr("State")};
        for (const ReviewReport::Group& group : groups) {
            Table t{m_report.coverage(group),
                    tr("Applies to: %1").arg(m_report.coveredFolders(group)),
                    header,
                    FolderColumns,
                    {}};
            // The cells that come the same way, together, in the order the first of each appears.
            for (const ReviewReport::Cell* cell : group.cells) {
                const QString through = tr("Through %1").arg(cell->through);
                auto run = std::find_if(t.runs.begin(), t.runs.end(),
                                        [&](const auto& existing) { return existing.first == through; });
                if (run == t.runs.end())
                    run = t.runs.insert(t.runs.end(), {through, {}});
                const PermissionInfo& info = catalog.folderPermission(cell->permission);
                run->second.append({info.title, breakableKey(info.key), cell->state});
            }
            table(t);
        }
    }

    void footers()
    {
        const qsizetype count = m_pages.size();
        const qreal height = lineHeight(fontOf(PdfItem::Kind::Footer), m_device);
        for (qsizetype i = 0; i < count; ++i) {
            m_pages[i].append({PdfItem::Kind::Footer,
                               QRectF(0, m_device.height() - height, m_width, height),
                               m_report.title() + QLatin1Char('\t') + tr("Page %1 of %2").arg(i + 1).arg(count),
                               {}});
        }
    }

    void place(PdfItem::Kind kind, qreal height, const QString& text)
    {
        put({kind, QRectF(0, 0, m_width, height), text, {}});
    }

    void newPage()
    {
        if (!m_pages.last().isEmpty())
            m_pages.append(QList<PdfItem>());
        m_y = 0;
    }

    const ReviewReport& m_report;
    const QPaintDevice& m_device;
    qreal m_width;
    qreal m_bottom;
    qreal m_y = 0;
    PdfPages m_pages;
};

void paintLines(QPainter& painter, const QFont& f, const QString& lines, QPointF at)
{
    painter.setFont(f);
    const QFontMetricsF metrics(f, painter.device());
    qreal baseline = at.y() + metrics.ascent();
    for (const QString& line : lines.split(QLatin1Char('\n'))) {
        painter.drawText(QPointF(at.x(), baseline), line);
        baseline += metrics.lineSpacing();
    }
}

void paintRow(QPainter& painter, const PdfItem& item)
{
    const QStringList cells = item.text.split(QLatin1Char('\t'));
    const QList<qreal>& shares = item.columns;
    const bool table = item.kind != PdfItem::Kind::Fact;
    if (item.kind == PdfItem::Kind::HeaderRow)
        painter.fillRect(item.rect, QColor(0xe8, 0xec, 0xf2));
    if (item.kind == PdfItem::Kind::GroupRow)
        painter.fillRect(item.rect, QColor(0xf5, 0xf6, 0xf8));
    QFont f = fontOf(item.kind);
    qreal x = item.rect.left();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const qreal width = shares.value(i) * item.rect.width();
        const QRectF cell(x, item.rect.top(), width, item.rect.height());
        if (table) {
            painter.setPen(QColor(0xa0, 0xa8, 0xb4));
            painter.drawRect(cell);
        }
        painter.setPen(Qt::black);
        QFont cellFont = f;
        // A fact's label is bold; its value is not.
        cellFont.setBold(f.bold() || (item.kind == PdfItem::Kind::Fact && i == 0));
        paintLines(painter, cellFont, cells[i], cell.topLeft() + QPointF(table ? Padding : 0, table ? Padding : 0));
        x += width;
    }
}

void paintItem(QPainter& painter, const PdfItem& item)
{
    switch (item.kind) {
    case PdfItem::Kind::Row:
    case PdfItem::Kind::HeaderRow:
    case PdfItem::Kind::GroupRow:
    case PdfItem::Kind::Fact:
        paintRow(painter, item);
        return;
    case PdfItem::Kind::Footer: {
        const QStringList parts = item.text.split(QLatin1Char('\t'));
        painter.setPen(Qt::darkGray);
        painter.setFont(fontOf(item.kind));
        painter.drawText(item.rect, Qt::AlignLeft | Qt::AlignVCenter, parts.value(0));
        painter.drawText(item.rect, Qt::AlignRight | Qt::AlignVCenter, parts.value(1));
        return;
    }
    case PdfItem::Kind::Caption:
        painter.setPen(Qt::darkGray);
        break;
    default:
        painter.setPen(Qt::black);
        break;
    }
    paintLines(painter, fontOf(item.kind), item.text, item.rect.topLeft());
}

} // namespace

QString breakableKey(const QString& key)
{
    QString text;
    for (QChar c : key) {
        text += c;
        if (c == QLatin1Char('#') || c == QLatin1Char('_'))
            text += BreakHere;
    }
    return text;
}

PdfPages layOutReviewPdf(const ReviewReport& report, const QPaintDevice& device)
{
    return Layout(report, device).run();
}

void setUpReviewPdfWriter(QPdfWriter& writer, const ReviewReport& report)
{
    writer.setTitle(report.title());
    writer.setCreator(QStringLiteral("Warden"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setResolution(96);
}

QByteArray reviewPdf(const ReviewReport& report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpReviewPdfWriter(writer, report);
        const PdfPages pages = layOutReviewPdf(report, writer);
        QPainter painter(&writer);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            for (const PdfItem& item : pages[i])
                paintItem(painter, item);
        }
    }
    return buffer.data();
}

Status writeReview(const ReviewReport& report, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return FileAccess::write(path, reviewPdf(report));
    if (suffix == QLatin1String("csv"))
        return FileAccess::write(path, report.csv());
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return FileAccess::write(path, report.html().toUtf8());
    return invalid(
        QCoreApplication::translate("ReviewReport", "%1: choose a file ending in .csv, .html or .pdf.").arg(path));
}

} // namespace warden
