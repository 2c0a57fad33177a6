#include "Catalog.h"

#include <QJsonArray>

#include <algorithm>

namespace warden {

namespace {

QString text(const QJsonObject& object, const char* name) { return object.value(QLatin1String(name)).toString(); }

QJsonArray array(const QJsonObject& object, const char* name) { return object.value(QLatin1String(name)).toArray(); }

Error catalogError(const QString& what) { return failed(QStringLiteral("built-in catalog is broken: %1").arg(what)); }

} // namespace

Result<Catalog> Catalog::fromJson(const Sources& sources)
{
    Catalog catalog;
    for (Status status : {catalog.readGlobal(sources.globalPermissions), catalog.readFolder(sources.folderPermissions),
                          catalog.readImplications(sources.implications), catalog.readSystemTeams(sources.systemTeams),
                          catalog.readPresets(sources.presets)}) {
        if (status.failed())
            return status.error();
    }
    if (Status status = catalog.resolveKnown(); status.failed())
        return status.error();
    return catalog;
}

Status Catalog::readGlobal(const QJsonObject& json)
{
    for (const QJsonValue& value : array(json, "permissions")) {
        const QJsonObject object = value.toObject();
        PermissionInfo info{text(object, "key"), text(object, "title"), text(object, "description"),
                            text(object, "category")};
        if (info.key.isEmpty() || m_globalIndex.contains(info.key))
            return catalogError(QStringLiteral("global permission '%1'").arg(info.key));
        m_globalIndex.insert(info.key, int(m_global.size()));
        m_global.push_back(info);
    }
    return {};
}

Status Catalog::resolveKnown()
{
    const std::pair<int KnownPermissions::*, const char*> global[] = {
        {&KnownPermissions::admin, "admin"},
        {&KnownPermissions::login, "login"},
        {&KnownPermissions::securityEdit, "security#edit"},
        {&KnownPermissions::membersManage, "members#manage"},
        {&KnownPermissions::auditView, "audit#view"},
        {&KnownPermissions::createTopLevel, "folder#create_top_level"},
    };
    const std::pair<int KnownPermissions::*, const char*> folder[] = {
        {&KnownPermissions::folderEdit, "folder#edit"},
        {&KnownPermissions::folderEditSecurity, "folder#edit_security"},
        {&KnownPermissions::folderEditTeams, "folder#edit_teams"},
        {&KnownPermissions::folderEditConfiguration, "folder#edit_configuration"},
    };
    for (const auto& [member, key] : global) {
        m_known.*member = globalIndex(QLatin1String(key));
        if (m_known.*member < 0)
            return catalogError(QStringLiteral("the global permission '%1' is missing").arg(QLatin1String(key)));
    }
    for (const auto& [member, key] : folder) {
        m_known.*member = folderIndex(QLatin1String(key));
        if (m_known.*member < 0)
            return catalogError(QStringLiteral("the folder permission '%1' is missing").arg(QLatin1String(key)));
    }
    return {};
}

Status Catalog::readFolder(const QJsonObject& json)
{
    for (const QJsonValue& groupValue : array(json, "groups")) {
        const QJsonObject group = groupValue.toObject();
        const QString groupName = text(group, "name");
        m_groups.append(groupName);
        for (const QJsonValue& value : array(group, "permissions")) {
            const QJsonObject object = value.toObject();
            PermissionInfo info{text(object, "key"), text(object, "title"), text(object, "description"), groupName};
            if (info.key.isEmpty() || m_folderIndex.contains(info.key))
                return catalogError(QStringLiteral("folder permission '%1'").arg(info.key));
            if (m_folder.size() >= PermissionSet::Capacity)
                return catalogError(QStringLiteral("too many folder permissions"));
            m_allFolder.set(int(m_folder.size()));
            m_folderIndex.insert(info.key, int(m_folder.size()));
            m_folder.push_back(info);
        }
    }
    return {};
}

Status Catalog::readImplications(const QJsonObject& json)
{
    std::vector<PermissionSet> direct(m_folder.size());
    for (std::size_t i = 0; i < m_folder.size(); ++i)
        direct[i].set(int(i));
    for (const QJsonValue& value : array(json, "rules")) {
        const QJsonObject rule = value.toObject();
        const QString from = text(rule, "from");
        PermissionSet implied;
        for (const QJsonValue& key : array(rule, "implies")) {
            const int index = folderIndex(key.toString());
            if (index < 0)
                return catalogError(QStringLiteral("implied permission '%1'").arg(key.toString()));
            implied.set(index);
        }
        if (from == QLatin1String("*")) {
            for (auto& set : direct)
                set |= implied;
            continue;
        }
        const int index = folderIndex(from);
        if (index < 0)
            return catalogError(QStringLiteral("implication from '%1'").arg(from));
        direct[std::size_t(index)] |= implied;
    }
    // Transitive closure: repeat until nothing grows; the catalog is small.
    m_implied = direct;
    for (bool grown = true; grown;) {
        grown = false;
        for (auto& set : m_implied) {
            PermissionSet next = set;
            set.forEach([&](int i) { next |= m_implied[std::size_t(i)]; });
            if (next != set) {
                set = next;
                grown = true;
            }
        }
    }
    return {};
}

Status Catalog::readSystemTeams(const QJsonObject& json)
{
    for (const QJsonValue& value : array(json, "teams")) {
        const QJsonObject object = value.toObject();
        SystemTeamInfo info{text(object, "kind"), text(object, "name"), text(object, "description"), {}};
        for (const QJsonValue& group : array(object, "groups")) {
            if (!m_groups.contains(group.toString()))
                return catalogError(QStringLiteral("system team group '%1'").arg(group.toString()));
            info.defaults |= groupPermissions(group.toString());
        }
        m_systemTeams.append(info);
    }
    return {};
}

Status Catalog::readPresets(const QJsonObject& json)
{
    for (const QJsonValue& value : array(json, "roles")) {
        const QJsonObject object = value.toObject();
        PresetInfo info{text(object, "key"), text(object, "name"), text(object, "description"), {}};
        for (const QJsonValue& key : array(object, "permissions")) {
            if (globalIndex(key.toString()) < 0)
                return catalogError(QStringLiteral("preset permission '%1'").arg(key.toString()));
            info.permissions.append(key.toString());
        }
        m_presets.append(info);
    }
    return {};
}

void Catalog::localize(const std::function<QString(const QString&)>& translate)
{
    auto localizeInfo = [&translate](PermissionInfo& info) {
        info.title = translate(info.title);
        info.description = translate(info.description);
        info.group = translate(info.group);
    };
    for (PermissionInfo& info : m_global)
        localizeInfo(info);
    for (PermissionInfo& info : m_folder)
        localizeInfo(info);
    for (QString& group : m_groups)
        group = translate(group);
    for (SystemTeamInfo& team : m_systemTeams)
        team.description = translate(team.description);
    for (PresetInfo& preset : m_presets)
        preset.description = translate(preset.description);
}

PermissionSet Catalog::groupPermissions(const QString& group) const
{
    PermissionSet set;
    for (std::size_t i = 0; i < m_folder.size(); ++i) {
        if (m_folder[i].group == group)
            set.set(int(i));
    }
    return set;
}

PermissionSet Catalog::closure(const PermissionSet& held) const
{
    PermissionSet result;
    held.forEach([&](int i) {
        if (std::size_t(i) < m_implied.size())
            result |= m_implied[std::size_t(i)];
    });
    return result;
}

const SystemTeamInfo* Catalog::systemTeam(const QString& kind) const
{
    for (const SystemTeamInfo& info : m_systemTeams) {
        if (info.kind == kind)
            return &info;
    }
    return nullptr;
}

const SystemTeamInfo* Catalog::systemTeamNamed(const QString& name) const
{
    for (const SystemTeamInfo& info : m_systemTeams) {
        if (info.name.compare(name, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

QStringList Catalog::folderKeys(const PermissionSet& set) const
{
    QStringList keys;
    set.forEach([&](int i) { keys.append(m_folder[std::size_t(i)].key); });
    std::sort(keys.begin(), keys.end());
    return keys;
}

QStringList Catalog::globalKeys(const PermissionSet& set) const
{
    QStringList keys;
    set.forEach([&](int i) { keys.append(m_global[std::size_t(i)].key); });
    std::sort(keys.begin(), keys.end());
    return keys;
}

Result<PermissionSet> Catalog::parseFolderKeys(const QStringList& keys) const
{
    PermissionSet set;
    for (const QString& key : keys) {
        const int index = folderIndex(key);
        if (index < 0)
            return invalid(QStringLiteral("unknown folder permission '%1'").arg(key));
        set.set(index);
    }
    return set;
}

} // namespace warden
