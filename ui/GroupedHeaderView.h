#pragma once

#include <QHeaderView>

namespace warden {

// A horizontal header with a band of group names over the sections (the permission groups) and
// each section's title written upwards, so that many narrow columns stay readable.
class GroupedHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    // groupRole: the header data role that names a section's group.
    GroupedHeaderView(int groupRole, QWidget* parent = nullptr);

    // The height of the upward titles, which keeps a matrix of many columns on a small screen.
    static constexpr int MaximumTitleHeight = 150;
    // Lines a title may take across its column before it is cut short.
    static constexpr int MaximumTitleLines = 3;

    // Sizes the sections so that every group's name fits over its columns and every title's lines
    // fit across its column.
    void fitSections(int minimumWidth = 24);
    QSize sizeHint() const override;

    // A title as it is written upwards: as few lines of at most `length` as it needs, broken between
    // words, up to MaximumTitleLines; a line that is still too long ends in an ellipsis.
    static QStringList titleLines(const QFontMetrics& metrics, const QString& title, int length);
    // The group a section belongs to; empty for a section titled across (a tree's name column).
    QString group(int logicalIndex) const;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    void paintEvent(QPaintEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    int bandHeight() const;
    int titleHeight() const;
    int titleLength() const;
    QStringList titleLines(int logicalIndex) const;

    int m_groupRole;
};

} // namespace warden
