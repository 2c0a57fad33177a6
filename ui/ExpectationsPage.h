#pragma once

#include "models/domain/Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QUrl;

namespace warden {

class EditRunner;
class ExpectationListModel;
class Prompts;

// The Expectations area: every expectation with its statement in words, its note and whether it
// holds now; the selected one's violations, each with why the user holds (or lacks) the
// permission there, linked as in Review. Adding and deleting need security#edit.
class ExpectationsPage : public QWidget
{
    Q_OBJECT

public:
    ExpectationsPage(EditRunner& runner, Prompts& prompts, QWidget* parent = nullptr);

    ExpectationListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTextBrowser* details() const { return m_details; }
    QList<QAction*> actions() const;
    // The form of a new expectation, filled in with what is known (from Review, Who has it).
    void create(const Expectation& start);
    void select(Id expectationId);

Q_SIGNALS:
    void linkActivated(const QUrl& url);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void operatorChanged();
    void showDetails();
    void deleteSelected();
    const Expectation* selected() const;

    EditRunner& m_runner;
    Prompts& m_prompts;
    ExpectationListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_notice;
    QLineEdit* m_filter;
    QTableView* m_view;
    QTextBrowser* m_details;
    QPushButton* m_add;
    QPushButton* m_delete;
    QAction* m_addAction;
    QAction* m_deleteAction;
};

} // namespace warden
