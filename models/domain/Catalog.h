#pragma once

#include "Result.h"
#include "PermissionSet.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace warden {

struct PermissionInfo
{
    QString key;
    QString title;
    QString description;
    QString group; // folder permissions: the group; global permissions: the category
};

struct SystemTeamInfo
{
    QString kind;
    QString name;
    QString description;
    PermissionSet defaults;
};

struct PresetInfo
{
    QString key;
    QString name;
    QString description;
    QStringList permissions; // global permission keys
};

// The permissions the rules of the domain name (DESIGN.md, Operator and enforcement), resolved to
// catalog indices once when the catalog is read: the only place their keys are written.
struct KnownPermissions
{
    // global
    int admin = -1;
    int login = -1;
    int securityEdit = -1;
    int membersManage = -1;
    int auditView = -1;
    int createTopLevel = -1;
    // folder
    int folderEdit = -1;
    int folderEditSecurity = -1;
    int folderEditTeams = -1;
    int folderEditConfiguration = -1;
};

// The permission catalogs, implication rules, system teams and role presets, read from data.
class Catalog
{
public:
    struct Sources
    {
        QJsonObject globalPermissions;
        QJsonObject folderPermissions;
        QJsonObject implications;
        QJsonObject systemTeams;
        QJsonObject presets;
    };
    static Result<Catalog> fromJson(const Sources& sources);
    // Replaces the titles, descriptions and group names shown to people by their translations.
    // Keys and the names stored in a directory (system teams, presets) stay as they are.
    void localize(const std::function<QString(const QString&)>& translate);

    int globalCount() const { return int(m_global.size()); }
    const PermissionInfo& global(int index) const
    {
        Q_ASSERT(index >= 0 && std::size_t(index) < m_global.size());
        return m_global[std::size_t(index)];
    }
    int globalIndex(const QString& key) const { return m_globalIndex.value(key, -1); }
    const KnownPermissions& known() const { return m_known; }
    const QString& adminKey() const { return global(m_known.admin).key; }
    const QString& loginKey() const { return global(m_known.login).key; }

    int folderCount() const { return int(m_folder.size()); }
    const PermissionInfo& folderPermission(int index) const
    {
        Q_ASSERT(index >= 0 && std::size_t(index) < m_folder.size());
        return m_folder[std::size_t(index)];
    }
    int folderIndex(const QString& key) const { return m_folderIndex.value(key, -1); }
    const QStringList& folderGroups() const { return m_groups; }
    PermissionSet allFolderPermissions() const { return m_allFolder; }
    PermissionSet groupPermissions(const QString& group) const;

    // The permission itself and everything it implies, transitively.
    const PermissionSet& implied(int index) const
    {
        Q_ASSERT(index >= 0 && std::size_t(index) < m_implied.size());
        return m_implied[std::size_t(index)];
    }
    PermissionSet closure(const PermissionSet& held) const;

    const QList<SystemTeamInfo>& systemTeams() const { return m_systemTeams; }
    const SystemTeamInfo* systemTeam(const QString& kind) const;
    const SystemTeamInfo* systemTeamNamed(const QString& name) const;
    const QList<PresetInfo>& presets() const { return m_presets; }

    // Keys in alphabetical order, as files and the command line print them.
    QStringList folderKeys(const PermissionSet& set) const;
    QStringList globalKeys(const PermissionSet& set) const;
    // Unknown keys are reported by name.
    Result<PermissionSet> parseFolderKeys(const QStringList& keys) const;

private:
    Status readGlobal(const QJsonObject& json);
    Status readFolder(const QJsonObject& json);
    Status readImplications(const QJsonObject& json);
    Status readSystemTeams(const QJsonObject& json);
    Status readPresets(const QJsonObject& json);
    Status resolveKnown();

    std::vector<PermissionInfo> m_global;
    QHash<QString, int> m_globalIndex;
    KnownPermissions m_known;
    std::vector<PermissionInfo> m_folder;
    QHash<QString, int> m_folderIndex;
    QStringList m_groups;
    PermissionSet m_allFolder;
    std::vector<PermissionSet> m_implied;
    QList<SystemTeamInfo> m_systemTeams;
    QList<PresetInfo> m_presets;
};

} // namespace warden
