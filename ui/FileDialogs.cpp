#include "FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QHeaderView>
#include <QTreeView>

namespace warden {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)
};

// Icons and type names from the name alone, never from what a file holds.
class NameOnlyIcons : public QFileIconProvider
{
public:
    NameOnlyIcons() { setOptions(DontUseCustomDirectoryIcons); }
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isRoot())
            return QFileIconProvider::icon(Drive);
        return QFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return Tr::tr("Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? Tr::tr("File") : Tr::tr("%1 file").arg(suffix.toUpper());
    }
};

QString run(QWidget* parent, const QString& caption, const QString& directory, const QString& filter,
            QFileDialog::AcceptMode mode)
{
    NameOnlyIcons icons; // outlives the dialog that uses it
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog.resize(820, 500);
    // Names take the room; size, type and date as wide as they need, so that nothing is cut off.
    if (auto* view = dialog.findChild<QTreeView*>(QStringLiteral("treeView"))) {
        view->header()->setStretchLastSection(false);
        view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column < view->header()->count(); ++column)
            view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    return run(parent, caption, directory, filter, QFileDialog::AcceptOpen);
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    return run(parent, caption, directory, filter, QFileDialog::AcceptSave);
}

} // namespace warden
