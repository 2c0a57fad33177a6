#pragma once

#include <QHeaderView>
#include <QTableView>

namespace warden {

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
}

} // namespace warden
