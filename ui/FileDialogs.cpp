#include "FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>

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

QString run(QWidget* parent, const QString& caption, const QString& directory, const QString& filter, QFileDialog::AcceptMode mode)
{
    NameOnlyIcons icons; // outlives the dialog that uses it
    QFileDialog dialog(parent, caption, directory, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    return run(parent, caption, directory, filter, QFileDialog::AcceptOpen);
}

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    return run(parent, caption, directory, filter, QFileDialog::AcceptSave);
}

} // namespace warden
