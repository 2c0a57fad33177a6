#include "Restore.h"

#include "AccessQuery.h"

namespace warden {

namespace {

bool roleHoldsGlobal(const Directory& d, Id roleId)
{
    for (const GlobalAssignment& g : d.globals())
        if (g.roles.contains(roleId))
            return true;
    return false;
}

bool namedInAccess(const Directory& d, AccessEntry::Kind kind, Id principal)
{
    for (const Connection& c : d.connections())
        for (const AccessEntry& entry : c.access)
            if (entry.kind == kind && entry.principal == principal)
                return true;
    return false;
}

// Whether going up from start reaches folderId; unlike Directory::isWithin, safe on a tree that an
// undo has just made cyclic, which is what it is asked to find.
bool leadsInto(const Directory& d, Id start, Id folderId)
{
    int steps = int(d.folders().size()) + 1;
    for (Id at = start; at && steps-- > 0;) {
        if (at == folderId)
            return true;
        const Folder* f = d.folder(at);
        at = f ? f->parentId : 0;
    }
    return false;
}

} // namespace

// The rows an undo puts back must fit what others made of the directory since: their folder still
// there and still able to hold them, the users and roles they name still there, and nothing left
// behind referring to a row the undo removes.
Status Restore::check(const Directory& d, const Catalog& catalog, const std::vector<Change>& reverted)
{
    auto refusedBecause
        = [](const QString& why) { return refused(tr("undoing is not possible any more: %1").arg(why)); };
    for (const Change& change : reverted) {
        if (!change.before) {
            const Row& gone = *change.after;
            if (auto f = std::get_if<Folder>(&gone); f
                && (!d.children(f->id).isEmpty() || !d.teamsOn(f->id).isEmpty() || !d.connectionsOn(f->id).isEmpty()
                    || !d.templatesOn(f->id).isEmpty()))
                return refusedBecause(tr("folder '%1' now holds what others added to it").arg(f->name));
            if (auto r = std::get_if<Role>(&gone); r
                && (!d.usersOfRole(r->id).isEmpty() || !d.teamsOfRole(r->id).isEmpty() || roleHoldsGlobal(d, r->id)
                    || namedInAccess(d, AccessEntry::Kind::Role, r->id)))
                return refusedBecause(
                    tr("role '%1' has been given to users, teams, permissions or connections since").arg(r->name));
            if (auto u = std::get_if<User>(&gone);
                u && (!d.teamsOfUser(u->id).isEmpty() || namedInAccess(d, AccessEntry::Kind::User, u->id)))
                return refusedBecause(tr("user '%1' has been added to teams or connections since").arg(u->username));
            if (auto t = std::get_if<Team>(&gone); t && namedInAccess(d, AccessEntry::Kind::Team, t->id))
                return refusedBecause(tr("team '%1' has been given access to connections since").arg(t->name));
            continue;
        }
        const Row& back = *change.before;
        if (auto f = std::get_if<Folder>(&back)) {
            if (f->parentId && !d.folder(f->parentId))
                return refusedBecause(tr("the parent of folder '%1' has been deleted").arg(f->name));
            if (f->parentId && leadsInto(d, f->parentId, f->id))
                return refusedBecause(tr("folder '%1' would be inside itself").arg(f->name));
            if (f->inherit && !d.teamsOn(f->id).isEmpty())
                return refusedBecause(tr("folder '%1' has teams of its own now and cannot inherit").arg(f->name));
        } else if (auto t = std::get_if<Team>(&back)) {
            if (!d.folder(t->folderId))
                return refusedBecause(tr("the folder of team '%1' has been deleted").arg(t->name));
            if (d.securityRoot(t->folderId) != t->folderId)
                return refusedBecause(tr("the folder of team '%1' inherits its teams now").arg(t->name));
            for (Id id : t->users)
                if (!d.user(id))
                    return refusedBecause(tr("a member of team '%1' has been deleted").arg(t->name));
            for (Id id : t->roles)
                if (!d.role(id))
                    return refusedBecause(tr("a role in team '%1' has been deleted").arg(t->name));
        } else if (auto u = std::get_if<User>(&back)) {
            for (Id id : u->roles)
                if (!d.role(id))
                    return refusedBecause(tr("a role of user '%1' has been deleted").arg(u->username));
        } else if (auto g = std::get_if<GlobalAssignment>(&back)) {
            for (Id id : g->roles)
                if (!d.role(id))
                    return refusedBecause(tr("a role holding '%1' has been deleted").arg(g->key));
        } else if (auto c = std::get_if<Connection>(&back)) {
            if (c->folderId && !d.folder(c->folderId))
                return refusedBecause(tr("the folder of connection '%1' has been deleted").arg(c->title));
        } else if (auto t = std::get_if<Template>(&back)) {
            if (!d.folder(t->folderId))
                return refusedBecause(tr("the folder of template '%1' has been deleted").arg(t->name));
        }
    }
    if (AccessQuery(d, catalog).activeAdmins().isEmpty())
        return refused(tr("this change would leave no active user holding Admin"));
    return {};
}

} // namespace warden
