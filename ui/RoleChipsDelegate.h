#pragma once

#include "models/domain/Entities.h"

#include <QStyledItemDelegate>
#include <QWidget>

class QHBoxLayout;
class QLineEdit;

namespace warden {

class Store;

// Edits a list of roles as removable chips and a box that completes role names as you type; Enter
// adds the role typed.
class RoleChipsEditor : public QWidget
{
    Q_OBJECT

public:
    RoleChipsEditor(const Store& store, QWidget* parent = nullptr);

    void setRoles(const QList<Id>& roles);
    QList<Id> roles() const { return m_roles; }
    // Adds the role named; false if there is none.
    bool addRole(const QString& name);
    void removeRole(Id roleId);

Q_SIGNALS:
    void rolesChanged();

protected:
    // Backspace in the empty input removes the last chip, as in other chip editors.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();

    const Store& m_store;
    QList<Id> m_roles;
    QHBoxLayout* m_chips;
    QLineEdit* m_input;
};

// Paints a Roles cell as chips and edits it with a RoleChipsEditor.
class RoleChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RoleChipsDelegate(const Store& store, int roleIdsRole, int namesRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    const Store& m_store;
    int m_roleIdsRole;
    int m_namesRole;
};

} // namespace warden
