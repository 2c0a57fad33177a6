#include "GroupedHeaderView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <limits>

namespace warden {

GroupedHeaderView::GroupedHeaderView(int groupRole, QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_groupRole(groupRole)
{
    setSectionResizeMode(QHeaderView::Fixed);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    setHighlightSections(true);
}

QString GroupedHeaderView::group(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, Qt::Horizontal, m_groupRole).toString() : QString();
}

int GroupedHeaderView::bandHeight() const { return fontMetrics().height() + 8; }

// Room for the text inside the title area: 6 px below and 6 px above it.
int GroupedHeaderView::titleLength() const { return MaximumTitleHeight - 12; }

int GroupedHeaderView::titleHeight() const
{
    int longest = 0;
    for (int i = 0; i < count(); ++i) {
        for (const QString& line : titleLines(i))
            longest = std::max(longest, fontMetrics().horizontalAdvance(line));
    }
    return std::min(longest, titleLength()) + 12;
}

namespace {

// The words broken into `lines` lines so that the longest of them is as short as it can be.
QStringList balancedLines(const QFontMetrics& metrics, const QStringList& words, int lines)
{
    if (lines <= 1 || words.size() <= 1)
        return {words.join(QLatin1Char(' '))};
    QStringList best;
    int bestLongest = std::numeric_limits<int>::max();
    for (qsizetype split = 1; split < words.size(); ++split) {
        QStringList candidate{words.mid(0, split).join(QLatin1Char(' '))};
        candidate += balancedLines(metrics, words.mid(split), lines - 1);
        int longest = 0;
        for (const QString& line : candidate)
            longest = std::max(longest, metrics.horizontalAdvance(line));
        if (longest < bestLongest) {
            bestLongest = longest;
            best = candidate;
        }
    }
    return best;
}

} // namespace

QStringList GroupedHeaderView::titleLines(const QFontMetrics& metrics, const QString& title, int length)
{
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (int count = 1; count <= MaximumTitleLines; ++count) {
        lines = balancedLines(metrics, words, count);
        if (std::all_of(lines.cbegin(), lines.cend(),
                        [&](const QString& line) { return metrics.horizontalAdvance(line) <= length; }))
            return lines;
    }
    for (QString& line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, length);
    return lines;
}

QStringList GroupedHeaderView::titleLines(int logicalIndex) const
{
    if (!model() || group(logicalIndex).isEmpty())
        return {};
    return titleLines(fontMetrics(), model()->headerData(logicalIndex, Qt::Horizontal).toString(), titleLength());
}

QSize GroupedHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(bandHeight() + titleHeight());
    return size;
}

void GroupedHeaderView::fitSections(int minimumWidth)
{
    if (!model())
        return;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int first = 0; first < count();) {
        int last = first;
        while (last + 1 < count() && group(last + 1) == group(first))
            ++last;
        const int columns = last - first + 1;
        const int needed = (metrics.horizontalAdvance(group(first)) + 16 + columns - 1) / columns;
        for (int i = first; i <= last; ++i) {
            const int lines = int(titleLines(i).size());
            resizeSection(i, std::max({minimumWidth, needed, lines * fontMetrics().lineSpacing() + 8}));
        }
        first = last + 1;
    }
    updateGeometry();
}

void GroupedHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    painter->save();
    const QRect title = rect.adjusted(0, bandHeight(), 0, 0);
    const bool current = selectionModel() && selectionModel()->currentIndex().column() == logicalIndex;
    painter->fillRect(rect, palette().button());
    if (current)
        painter->fillRect(title, palette().highlight().color().lighter(170));
    painter->setPen(palette().mid().color());
    painter->drawLine(title.topRight(), title.bottomRight());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    // The boundary between two groups runs through the band as well.
    int next = visualIndex(logicalIndex) + 1;
    while (next < count() && isSectionHidden(this->logicalIndex(next)))
        ++next;
    if (next >= count() || group(this->logicalIndex(next)) != group(logicalIndex))
        painter->drawLine(rect.topRight(), title.topRight());
    painter->drawLine(title.topLeft(), title.topRight());

    painter->setPen(palette().buttonText().color());
    const QString text = model()->headerData(logicalIndex, Qt::Horizontal).toString();
    // A section outside every group (a tree's name column) is titled across, at the bottom.
    if (group(logicalIndex).isEmpty()) {
        painter->drawText(title.adjusted(6, 0, -6, -6), Qt::AlignLeft | Qt::AlignBottom,
                          fontMetrics().elidedText(text, Qt::ElideRight, title.width() - 12));
        painter->restore();
        return;
    }
    // Upwards, the lines stack from left to right and are centred across the column together.
    const QStringList lines = titleLines(logicalIndex);
    const int spacing = fontMetrics().lineSpacing();
    const int across = int(lines.size()) * spacing - fontMetrics().leading();
    painter->translate(title.left() + (title.width() - across) / 2, title.bottom() - 6);
    painter->rotate(-90);
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter->drawText(0, fontMetrics().ascent() + int(i) * spacing, lines[i]);
    painter->restore();
}

void GroupedHeaderView::paintEvent(QPaintEvent* event)
{
    QHeaderView::paintEvent(event);
    if (!model())
        return;
    QPainter painter(viewport());
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().buttonText().color());
    // Runs of visible sections of one group, in the order they are shown.
    QList<int> shown;
    for (int visual = 0; visual < count(); ++visual) {
        if (!isSectionHidden(logicalIndex(visual)))
            shown.append(logicalIndex(visual));
    }
    for (qsizetype first = 0; first < shown.size();) {
        qsizetype last = first;
        while (last + 1 < shown.size() && group(shown[last + 1]) == group(shown[first]))
            ++last;
        const int left = sectionViewportPosition(shown[first]);
        const int right = sectionViewportPosition(shown[last]) + sectionSize(shown[last]);
        const QRect band(left, 0, right - left, bandHeight());
        painter.drawText(band.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                         QFontMetrics(bold).elidedText(group(shown[first]), Qt::ElideRight, band.width() - 8));
        first = last + 1;
    }
}

bool GroupedHeaderView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int section = logicalIndexAt(help->pos());
        if (section >= 0 && help->pos().y() < bandHeight()) {
            QToolTip::showText(help->globalPos(), group(section), this);
            return true;
        }
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace warden
