#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

namespace warden {

// Runs work on a pool thread behind a busy progress dialog with Cancel, so that the window keeps
// painting during a long read or write. Returns nothing when the administrator cancelled: the work
// then finishes unseen and its result is dropped, so it must own everything it touches.
template <typename T> std::optional<T> runInBackground(QWidget* parent, const QString& label, std::function<T()> work)
{
    QProgressDialog progress(label, QCoreApplication::translate("warden::Background", "Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    QEventLoop loop;
    QFutureWatcher<std::shared_ptr<T>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QDialog::rejected, &loop, &QEventLoop::quit); // Escape
    watcher.setFuture(QtConcurrent::run([work = std::move(work)] { return std::make_shared<T>(work()); }));
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished())
        return std::nullopt;
    return std::move(*watcher.result());
}

} // namespace warden
