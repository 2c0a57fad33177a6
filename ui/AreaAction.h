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

} // namespace warden
