#pragma once

#include <QAction>
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
