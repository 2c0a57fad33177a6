#include "RoleChipsDelegate.h"

#include "models/store/Store.h"

#include <QApplication>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QStringListModel>
#include <QToolButton>

namespace warden {

RoleChipsEditor::RoleChipsEditor(const Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_chips(new QHBoxLayout)
    , m_input(new QLineEdit(this))
{
    setObjectName(QStringLiteral("roleChipsEditor"));
    setAutoFillBackground(true);
    m_input->setObjectName(QStringLiteral("roleInput"));
    m_input->setPlaceholderText(tr("Add a role…"));
    m_input->setAccessibleName(tr("Add a role"));
    m_input->setFrame(false);
    QStringList names;
    for (const Role& role : store.directory().roles())
        names.append(role.name);
    names.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(new QStringListModel(names, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(4);
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addWidget(m_input, 1);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (addRole(m_input->text()))
            m_input->clear();
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        if (addRole(name))
            QMetaObject::invokeMethod(m_input, &QLineEdit::clear, Qt::QueuedConnection);
    });
    m_input->setToolTip(
        tr("Type a role and press Enter to add it; Backspace in the empty field removes the last one."));
    m_input->installEventFilter(this);
    setFocusProxy(m_input);
}

bool RoleChipsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Backspace && m_input->text().isEmpty()
        && !m_roles.isEmpty()) {
        removeRole(m_roles.last());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RoleChipsEditor::setRoles(const QList<Id>& roles)
{
    m_roles = roles;
    rebuild();
}

bool RoleChipsEditor::addRole(const QString& name)
{
    const Role* role = m_store.directory().roleNamed(name.trimmed());
    if (!role)
        return false;
    if (!m_roles.contains(role->id)) {
        m_roles.append(role->id);
        rebuild();
        Q_EMIT rolesChanged();
    }
    return true;
}

void RoleChipsEditor::removeRole(Id roleId)
{
    if (m_roles.removeAll(roleId) > 0) {
        rebuild();
        Q_EMIT rolesChanged();
    }
}

void RoleChipsEditor::rebuild()
{
    // A chip may be the button being clicked: it goes once its click is over.
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (Id roleId : std::as_const(m_roles)) {
        const Role* role = m_store.directory().role(roleId);
        if (!role)
            continue;
        auto* chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip:") + role->name);
        chip->setText(role->name + QStringLiteral("  ×"));
        chip->setToolTip(tr("Remove %1").arg(role->name));
        chip->setAccessibleName(tr("Remove role %1").arg(role->name));
        chip->setStyleSheet(
            QStringLiteral("QToolButton { background: #dde8f6; border: 1px solid #9db7da; border-radius: 8px; "
                           "padding: 0 6px; }"));
        connect(chip, &QToolButton::clicked, this, [this, roleId] { removeRole(roleId); });
        m_chips->addWidget(chip);
    }
}

RoleChipsDelegate::RoleChipsDelegate(const Store& store, int roleIdsRole, int namesRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_store(store)
    , m_roleIdsRole(roleIdsRole)
    , m_namesRole(namesRole)
{
}

void RoleChipsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QStringList names = index.data(m_namesRole).toStringList();
    if (names.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    int x = option.rect.left() + 4;
    const int height = metrics.height() + 2;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (const QString& name : names) {
        const int width = metrics.horizontalAdvance(name) + 14;
        if (x + width > option.rect.right() - 4) {
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(QRect(x, y, option.rect.right() - x, height), Qt::AlignVCenter, QStringLiteral("…"));
            break;
        }
        const QRect chip(x, y, width, height);
        painter->setPen(QColor(0x9d, 0xb7, 0xda));
        painter->setBrush(QColor(0xdd, 0xe8, 0xf6));
        painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
        painter->setPen(QColor(0x1d, 0x3a, 0x5f));
        painter->drawText(chip, Qt::AlignCenter, name);
        x += width + 4;
    }
    painter->restore();
}

QWidget* RoleChipsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new RoleChipsEditor(m_store, parent);
    // Each added or removed role is written at once, as pending.
    connect(editor, &RoleChipsEditor::rolesChanged, this,
            [this, editor] { Q_EMIT const_cast<RoleChipsDelegate*>(this)->commitData(editor); });
    return editor;
}

void RoleChipsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<RoleChipsEditor*>(editor)->setRoles(index.data(m_roleIdsRole).value<QList<Id>>());
}

void RoleChipsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, QVariant::fromValue(static_cast<RoleChipsEditor*>(editor)->roles()), m_roleIdsRole);
}

void RoleChipsDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex&) const
{
    editor->setGeometry(option.rect);
}

} // namespace warden
