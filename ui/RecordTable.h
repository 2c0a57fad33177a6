#pragma once

#include <QHeaderView>
#include <QTableView>

namespace warden {

// Tab moves to the next widget and the arrow keys between cells, as in other desktop tools; a
// QTableView otherwise keeps Tab for itself and traps the keyboard inside.
inline void keepTabForFocus(QAbstractItemView* view) { view->setTabKeyNavigation(false); }

// A table of records, one per line (users, audit entries): whole rows selected, compact lines
// without row numbers, alternating colours, the last column taking the rest of the width.
inline void setUpRecordTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    keepTabForFocus(view);
}

} // namespace warden
