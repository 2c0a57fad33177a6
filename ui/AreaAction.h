#pragma once

#include <QAbstractScrollArea>
#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QWidget>

namespace warden {

// An action of one area of the window. Its shortcut works while the focus is in that area, since
// other areas use the same keys (Ctrl+N, Del) for their own actions.
template <typename Owner, typename Slot>
QAction* areaAction(Owner* area, const QString& text, const char* name, const QKeySequence& keys, Slot slot)
{
    auto* action = new QAction(text, area);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, area, slot);
    area->addAction(action);
    return action;
}

// A view's context menu (right click, the Menu key) offers these actions; a null one is a separator.
inline void offerInContextMenu(QWidget* view, const QList<QAction*>& actions)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction* action : actions) {
        if (action) {
            view->addAction(action);
        } else {
            auto* separator = new QAction(view);
            separator->setSeparator(true);
            view->addAction(separator);
        }
    }
}

// The same for the buttons beside a view: each as it is now, enabled or not, with its tooltip.
inline void offerButtonsInContextMenu(QWidget* view, const QList<QPushButton*>& buttons)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, buttons](const QPoint& pos) {
        QMenu menu(view);
        menu.setToolTipsVisible(true);
        for (QPushButton* button : buttons) {
            QAction* action = menu.addAction(button->text(), button, &QPushButton::click);
            action->setEnabled(button->isEnabled());
            action->setToolTip(button->toolTip());
        }
        auto* area = qobject_cast<QAbstractScrollArea*>(view);
        menu.exec(area ? area->viewport()->mapToGlobal(pos) : view->mapToGlobal(pos));
    });
}

// Marks the field that Find (Ctrl+F) puts the focus in while its area is shown.
inline void markFindField(QWidget* field) { field->setProperty("wardenFindField", true); }
inline bool isFindField(const QWidget* widget) { return widget->property("wardenFindField").toBool(); }

// Narrows an area action's shortcut to one widget of the area and its children, where another part
// of the area uses the same key for its own action (Del in the folder tree and in its connections).
inline void narrowShortcut(QAction* action, QWidget* area, QWidget* scope)
{
    area->removeAction(action);
    scope->addAction(action);
}

// The key sequences of a standard key on this platform, with the extra ones that people expect
// (Ctrl+Shift+Z for Redo where the platform says Ctrl+Y), each once: an action that lists a key
// twice makes Qt refuse it as ambiguous.
inline QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QList<QKeySequence>& extra = {})
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    for (const QKeySequence& sequence : extra) {
        if (!keys.contains(sequence))
            keys.append(sequence);
    }
    return keys;
}

} // namespace warden
