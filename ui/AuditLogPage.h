#pragma once

#include "models/domain/Entities.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace warden {

class AuditLogModel;
class EditRunner;

// The Audit log area: every applied edit, newest first, with who made it (operator and database
// user) and, for the selected one, each row it changed before and after. Read-only; shown to
// operators holding Admin or audit#view.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(EditRunner& runner, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTextBrowser* details() const { return m_details; }
    QString notice() const;
    // The entry selected; 0 when none.
    qint64 selectedEntry() const;

Q_SIGNALS:
    // For the entry selected: Review as of right after it, the impact from then to now, going back.
    void accessAtRequested(qint64 entryId);
    void compareWithNowRequested(qint64 entryId);
    void revertRequested(qint64 entryId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void operatorChanged();
    void showDetails();
    void createHistoryActions();
    void updateHistoryActions();

    EditRunner& m_runner;
    AuditLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_notice;
    QLineEdit* m_filter;
    QTableView* m_view;
    QTextBrowser* m_details;
    QAction* m_accessAt = nullptr;
    QAction* m_compare = nullptr;
    QAction* m_revert = nullptr;
};

} // namespace warden
