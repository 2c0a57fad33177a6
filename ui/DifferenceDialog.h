#pragma once

#include "models/store/Store.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace warden {

class ImpactView;

// Compare with now: what changed in everyone's access between a moment of the log and now, in the
// impact's view, with a filter by user.
class DifferenceDialog : public QDialog
{
    Q_OBJECT

public:
    DifferenceDialog(const Catalog& catalog, Store::Difference difference, const QString& since,
                     QWidget* parent = nullptr);

    ImpactView* view() const { return m_view; }
    QLineEdit* filter() const { return m_filter; }

private:
    void applyFilter(const QString& text);

    Store::Difference m_difference;
    ImpactView* m_view;
    QLineEdit* m_filter;
};

} // namespace warden
