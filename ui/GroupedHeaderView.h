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

    // Sizes the sections so that every group's name fits over its columns.
    void fitSections(int minimumWidth = 24);
    QSize sizeHint() const override;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    void paintEvent(QPaintEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    QString group(int logicalIndex) const;
    int bandHeight() const;
    int titleHeight() const;

    int m_groupRole;
};

} // namespace warden
