#pragma once

#include <QString>

class QWidget;

namespace warden {

// File dialogs that never look inside a file. Qt's own dialog, with icons and types told by name
// alone: a platform dialog or a content-sniffing icon would open and close the files it lists,
// the open store's among them, and so drop the store's locks (see StoreFiles).
namespace FileDialogs {

QString openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
QString saveFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);

} // namespace FileDialogs

} // namespace warden
