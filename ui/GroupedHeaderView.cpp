#include "GroupedHeaderView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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

int GroupedHeaderView::titleHeight() const
{
    int widest = 0;
    if (model()) {
        for (int i = 0; i < count(); ++i)
            widest
                = std::max(widest, fontMetrics().horizontalAdvance(model()->headerData(i, Qt::Horizontal).toString()));
    }
    return std::min(widest, 220) + 12;
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
        for (int i = first; i <= last; ++i)
            resizeSection(i, std::max(minimumWidth, needed));
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
    painter->translate(title.left() + (title.width() + fontMetrics().ascent() - fontMetrics().descent()) / 2,
                       title.bottom() - 6);
    painter->rotate(-90);
    painter->drawText(0, 0, fontMetrics().elidedText(text, Qt::ElideRight, title.height() - 10));
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
