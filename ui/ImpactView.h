#pragma once

#include "models/access/Impact.h"

#include <QTreeWidget>

namespace warden {

// What a change does to everyone's access, as a tree: a user (losses first), then each place where
// their access changes (the global permissions, a security root with its inheriting subfolders, a
// connection), then a line per permission. Places are listed when a user is opened: a large plan
// changes many users.
class ImpactView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ImpactView(QWidget* parent = nullptr);

    void setImpact(const Impact& impact, const Directory& directory, const Catalog& catalog);
    void clearImpact();
    const Impact& impact() const { return m_impact; }

    // One line for a button or a prompt, counts first: "3 users gain 2 permissions on 7 folders;
    // 1 user loses Login".
    static QString summary(const Impact& impact, const Catalog& catalog);
    // "maya.cohen (Maya Cohen)", with the status when not active.
    static QString userName(const UserImpact& user);

private:
    void fillChildren(QTreeWidgetItem* item);

    Impact m_impact;
    const Directory* m_directory = nullptr;
    const Catalog* m_catalog = nullptr;
};

} // namespace warden
