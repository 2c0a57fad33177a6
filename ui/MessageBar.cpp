#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace warden {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #e0a8a1; border-radius: 3px; }"
                                 "#messageBar QLabel { color: #7a1f14; }"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close message"));
    close->setToolTip(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showError(const QString& message)
{
    QString text = message;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    m_label->setText(text);
    m_label->setAccessibleName(text);
    show();
}

QString MessageBar::text() const { return m_label->text(); }

} // namespace warden
