#include "MoveFolderDialog.h"

#include "FolderFilterModel.h"
#include "models/items/FolderTreeModel.h"
#include "TabOrder.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace warden {

MoveFolderDialog::MoveFolderDialog(const Store& store, Id folderId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_folder(folderId)
    , m_model(new FolderTreeModel(store, this))
    , m_filter(new FolderFilterModel(this))
    , m_view(new QTreeView(this))
    , m_topLevel(new QRadioButton(tr("To the &top level"), this))
    , m_underFolder(new QRadioButton(tr("&Into this folder:"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("moveFolderDialog"));
    const QString path = store.directory().path(folderId);
    setWindowTitle(tr("Move %1").arg(path));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));

    auto* filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("moveFilter"));
    filter->setPlaceholderText(tr("Find a folder by name or path"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Find destination folder"));
    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("moveDestinations"));
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setColumnHidden(FolderTreeModel::SecurityColumn, true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Destination folders"));
    m_underFolder->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Where should %1 go? A folder that inherits follows its new parent's teams and "
                                "permissions; at the top level it keeps copies of the teams it inherited.")
                                 .arg(path),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_topLevel);
    layout->addWidget(m_underFolder);
    layout->addWidget(filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);
    resize(480, 520);

    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_underFolder->setChecked(true);
        updateButtons();
    });
    connect(m_topLevel, &QRadioButton::toggled, this, &MoveFolderDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    orderTabsByLayout(this);
    updateButtons();
}

Id MoveFolderDialog::destination() const
{
    if (m_topLevel->isChecked())
        return 0;
    return m_model->folderId(m_filter->mapToSource(m_view->currentIndex()));
}

void MoveFolderDialog::updateButtons()
{
    const Directory& d = m_store.directory();
    const Id target = destination();
    const bool intoFolder = !m_topLevel->isChecked();
    QString why;
    if (intoFolder && target == 0)
        why = tr("Choose a folder.");
    else if (intoFolder && d.isWithin(target, m_folder))
        why = tr("A folder cannot be moved into itself or one of its subfolders.");
    else if (d.folder(m_folder) && d.folder(m_folder)->parentId == target)
        why = tr("The folder is already there.");
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(why.isEmpty());
    ok->setToolTip(why);
}

} // namespace warden
