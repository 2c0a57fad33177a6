#pragma once

#include <QFrame>

class QLabel;

namespace warden {

// A closable line above a view that says why something was refused, where it happened.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);
    void showError(const QString& message);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace warden
