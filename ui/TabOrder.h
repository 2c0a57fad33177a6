#pragma once

#include <QLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QWidget>

namespace warden {

namespace detail {

void collectTabStops(QWidget* widget, QList<QWidget*>* stops);

inline void collectTabStops(QLayout* layout, QList<QWidget*>* stops)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* widget = item->widget())
            collectTabStops(widget, stops);
        else if (QLayout* inner = item->layout())
            collectTabStops(inner, stops);
    }
}

inline void collectTabStops(QWidget* widget, QList<QWidget*>* stops)
{
    if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
        stops->append(tabs); // its tab bar, then each page
        for (int i = 0; i < tabs->count(); ++i)
            collectTabStops(tabs->widget(i), stops);
        return;
    }
    if (auto* splitter = qobject_cast<QSplitter*>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            collectTabStops(splitter->widget(i), stops);
        return;
    }
    if (auto* scroll = qobject_cast<QScrollArea*>(widget); scroll && scroll->widget()) {
        collectTabStops(scroll->widget(), stops);
        return;
    }
    if (widget->focusProxy() || (widget->focusPolicy() & Qt::TabFocus)) {
        stops->append(widget);
        return;
    }
    if (QLayout* layout = widget->layout())
        collectTabStops(layout, stops);
}

} // namespace detail

// Sets the tab order of everything under root to the order of its layouts: top to bottom, left to
// right, a tab widget's bar before its pages, whatever order the widgets were made in. Call it
// again after rebuilding part of the layout.
inline void orderTabsByLayout(QWidget* root)
{
    QList<QWidget*> stops;
    if (QLayout* layout = root->layout())
        detail::collectTabStops(layout, &stops);
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops[i - 1], stops[i]);
}

} // namespace warden
