#include "Checkpoint.h"

#include <QJsonDocument>

#include <sodium.h>

#include <cstring>
#include <future>
#include <type_traits>

namespace warden {

namespace {

constexpr char Magic[] = "WARDENCP";
constexpr char ChangesMagic[] = "WARDENRW";
constexpr char End[] = "END.";

class Writer
{
public:
    template <typename T> void number(T value)
    {
        static_assert(std::is_arithmetic_v<T>);
        m_bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void count(qsizetype n) { number(quint32(n)); }
    void text(const QString& s)
    {
        count(s.size());
        m_bytes.append(reinterpret_cast<const char*>(s.constData()), s.size() * qsizetype(sizeof(QChar)));
    }
    template <typename Set> void ids(const Set& set)
    {
        count(set.size());
        for (Id id : set)
            number(id);
    }
    void json(const QJsonDocument& document) { bytes(document.toJson(QJsonDocument::Compact)); }
    void bytes(const QByteArray& b)
    {
        count(b.size());
        m_bytes.append(b);
    }
    void raw(const char* s) { m_bytes.append(s, qsizetype(std::strlen(s))); }
    qsizetype size() const { return m_bytes.size(); }
    void patch(qsizetype at, quint64 value) { std::memcpy(m_bytes.data() + at, &value, sizeof value); }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

// Every read checks that the bytes are there; the first that is not stops everything that follows.
class Reader
{
public:
    Reader(const char* begin, const char* end) : m_at(begin), m_end(end) { }

    bool ok() const { return m_ok; }
    const char* at() const { return m_at; }
    bool atEnd() const { return m_at == m_end; }

    template <typename T> T number()
    {
        T value{};
        if (take(sizeof value))
            std::memcpy(&value, m_at - sizeof value, sizeof value);
        return value;
    }
    qsizetype count()
    {
        const quint32 n = number<quint32>();
        // No count can exceed what is left: one byte per item at least.
        if (n > quint32(m_end - m_at))
            m_ok = false;
        return m_ok ? qsizetype(n) : 0;
    }
    QString text() { return textView().toString(); }
    // Text that repeats from row to row (system teams' kinds and names) shares one copy.
    QString sharedText() { return shared(textView()); }
    QString shared(QStringView view)
    {
        for (const QString& seen : std::as_const(m_shared)) {
            if (seen == view)
                return seen;
        }
        QString text = view.toString();
        if (m_shared.size() < 16)
            m_shared.append(text);
        return text;
    }
    // Where the next text is in the bytes read (valid while they are).
    QStringView textView()
    {
        const qsizetype n = count();
        if (!take(std::size_t(n) * sizeof(QChar)))
            return {};
        return QStringView(reinterpret_cast<const QChar*>(m_at - n * qsizetype(sizeof(QChar))), n);
    }
    QSet<Id> ids()
    {
        const qsizetype n = count();
        QSet<Id> set;
        set.reserve(n);
        for (qsizetype i = 0; i < n && m_ok; ++i)
            set.insert(number<Id>());
        return set;
    }
    QByteArray bytes()
    {
        const qsizetype n = count();
        if (!take(std::size_t(n)))
            return {};
        return QByteArray(m_at - n, n);
    }
    // Written from an IdSet, so sorted; checked all the same.
    IdSet idSet()
    {
        const qsizetype n = count();
        if (!take(std::size_t(n) * sizeof(Id)))
            return {};
        QList<Id> ids(n);
        std::memcpy(ids.data(), m_at - n * qsizetype(sizeof(Id)), std::size_t(n) * sizeof(Id));
        return IdSet::fromSorted(std::move(ids));
    }
    QJsonDocument json()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes(), &error);
        if (error.error != QJsonParseError::NoError)
            m_ok = false;
        return document;
    }
    bool raw(const char* s)
    {
        const std::size_t n = std::strlen(s);
        if (!take(n) || std::memcmp(m_at - n, s, n) != 0)
            m_ok = false;
        return m_ok;
    }
    // An enum's value, refused past its last one.
    template <typename E> E choice(E last)
    {
        const quint8 value = number<quint8>();
        if (value > quint8(last))
            m_ok = false;
        return E(value);
    }

private:
    bool take(std::size_t n)
    {
        if (!m_ok || std::size_t(m_end - m_at) < n) {
            m_ok = false;
            return false;
        }
        m_at += n;
        return true;
    }

    const char* m_at;
    const char* m_end;
    bool m_ok = true;
    QList<QString> m_shared;
};

void writeFolderPermissions(Writer& w, const PermissionSet& set)
{
    w.count(set.count());
    set.forEach([&](int index) { w.number(quint16(index)); });
}

// The permissions as the checkpoint's catalog numbered them, in this catalog's numbers.
PermissionSet readFolderPermissions(Reader& r, const QList<int>& toCurrent)
{
    PermissionSet set;
    for (qsizetype n = r.count(); n > 0 && r.ok(); --n) {
        const quint16 index = r.number<quint16>();
        set.set(index < toCurrent.size() ? toCurrent[index] : -1);
    }
    return set;
}

// One row of each type, written and read field by field in the same order.
void writeRow(Writer& w, const Role& r)
{
    w.number(r.id);
    w.text(r.name);
    w.number(qint32(r.version));
}
void writeRow(Writer& w, const User& u)
{
    w.number(u.id);
    w.text(u.username);
    w.text(u.fullName);
    w.text(u.email);
    w.number(quint8(u.status));
    w.ids(u.roles);
    w.number(qint32(u.version));
}
void writeRow(Writer& w, const Folder& f)
{
    w.number(f.id);
    w.number(f.parentId);
    w.text(f.name);
    w.number(quint8(f.inherit));
    w.number(qint32(f.version));
}
void writeRow(Writer& w, const Team& t)
{
    w.number(t.id);
    w.number(t.folderId);
    w.text(t.name);
    w.text(t.systemKind);
    writeFolderPermissions(w, t.permissions);
    w.ids(t.users);
    w.ids(t.roles);
    w.number(qint32(t.version));
}
void writeRow(Writer& w, const GlobalAssignment& g)
{
    w.text(g.key);
    w.ids(g.roles);
    w.number(qint32(g.version));
}
void writeRow(Writer& w, const ConnectionType& t)
{
    w.text(t.name);
    w.text(t.title);
    w.json(QJsonDocument(t.fields));
    w.text(t.checkUrl);
    w.number(quint8(t.released));
    w.ids(t.grants);
    w.number(qint32(t.version));
}
void writeRow(Writer& w, const Connection& c)
{
    w.number(c.id);
    w.number(c.folderId);
    w.text(c.type);
    w.text(c.title);
    w.json(QJsonDocument(c.properties));
    w.count(c.secrets.size());
    for (auto it = c.secrets.cbegin(); it != c.secrets.cend(); ++it) {
        w.text(it.key());
        w.text(it.value()); // sealed as stored
    }
    w.number(quint8(c.defaultLevel));
    w.count(c.access.size());
    for (const AccessEntry& e : c.access) {
        w.number(quint8(e.kind));
        w.number(e.principal);
        w.number(quint8(e.level));
    }
    w.number(quint8(c.allTemplates));
    w.ids(c.allowedTemplates);
    w.number(qint32(c.version));
}
void writeRow(Writer& w, const Template& t)
{
    w.number(t.id);
    w.number(t.folderId);
    w.text(t.name);
    w.ids(t.uses);
    w.number(qint32(t.version));
}
void writeRow(Writer& w, const Expectation& e)
{
    w.number(e.id);
    w.text(e.name);
    w.number(quint8(e.kind));
    w.ids(e.users);
    w.ids(e.roles);
    w.text(e.permission);
    w.number(e.folderId);
    w.text(e.note);
    w.number(qint32(e.version));
}

// toCurrent: the folder permissions as the writer's catalog numbered them, in this catalog's numbers.
void readRow(Reader& r, Role& role, const QList<int>&)
{
    role.id = r.number<Id>();
    role.name = r.text();
    role.version = r.number<qint32>();
}
void readRow(Reader& r, User& u, const QList<int>&)
{
    u.id = r.number<Id>();
    u.username = r.text();
    u.fullName = r.text();
    u.email = r.text();
    u.status = r.choice(UserStatus::Disabled);
    u.roles = r.idSet();
    u.version = r.number<qint32>();
}
void readRow(Reader& r, Folder& f, const QList<int>&)
{
    f.id = r.number<Id>();
    f.parentId = r.number<Id>();
    f.name = r.text();
    f.inherit = r.number<quint8>() != 0;
    f.version = r.number<qint32>();
}
void readRow(Reader& r, Team& t, const QList<int>& toCurrent)
{
    t.id = r.number<Id>();
    t.folderId = r.number<Id>();
    // Only system teams' names repeat (on every security root); the others' are their own.
    const QStringView name = r.textView();
    t.systemKind = r.sharedText();
    t.name = t.systemKind.isEmpty() ? name.toString() : r.shared(name);
    t.permissions = readFolderPermissions(r, toCurrent);
    t.users = r.idSet();
    t.roles = r.idSet();
    t.version = r.number<qint32>();
}
void readRow(Reader& r, GlobalAssignment& g, const QList<int>&)
{
    g.key = r.text();
    g.roles = r.idSet();
    g.version = r.number<qint32>();
}
void readRow(Reader& r, ConnectionType& t, const QList<int>&)
{
    t.name = r.text();
    t.title = r.text();
    t.fields = r.json().array();
    t.checkUrl = r.text();
    t.released = r.number<quint8>() != 0;
    t.grants = r.ids();
    t.version = r.number<qint32>();
}
void readRow(Reader& r, Connection& c, const QList<int>&)
{
    c.id = r.number<Id>();
    c.folderId = r.number<Id>();
    c.type = r.text();
    c.title = r.text();
    c.properties = r.json().object();
    for (qsizetype s = r.count(); s > 0 && r.ok(); --s) {
        const QString field = r.text();
        c.secrets.insert(field, r.text());
    }
    c.defaultLevel = r.choice(AccessLevel::Manage);
    for (qsizetype a = r.count(); a > 0 && r.ok(); --a) {
        AccessEntry e;
        e.kind = r.choice(AccessEntry::Kind::Team);
        e.principal = r.number<Id>();
        e.level = r.choice(AccessLevel::Manage);
        c.access.append(e);
    }
    c.allTemplates = r.number<quint8>() != 0;
    c.allowedTemplates = r.ids();
    c.version = r.number<qint32>();
}
void readRow(Reader& r, Template& t, const QList<int>&)
{
    t.id = r.number<Id>();
    t.folderId = r.number<Id>();
    t.name = r.text();
    t.uses = r.ids();
    t.version = r.number<qint32>();
}
void readRow(Reader& r, Expectation& e, const QList<int>&)
{
    e.id = r.number<Id>();
    e.name = r.text();
    e.kind = r.choice(Expectation::Kind::Only);
    e.users = r.ids();
    e.roles = r.ids();
    e.permission = r.text();
    e.folderId = r.number<Id>();
    e.note = r.text();
    e.version = r.number<qint32>();
}

template <class T, class Rows> void writeAll(Writer& w, const Rows& rows)
{
    w.count(rows.size());
    for (const T& row : rows)
        writeRow(w, row);
}

void writePermissionKeys(Writer& w, const Catalog& catalog)
{
    w.count(catalog.folderCount());
    for (int i = 0; i < catalog.folderCount(); ++i)
        w.text(catalog.folderPermission(i).key);
}

// Folder by folder in tree order, each folder's in their order there (then any on no folder, which
// a sound directory does not have): read back, each folder's teams go in at once.
void writeTeams(Writer& w, const Directory& d)
{
    qsizetype onFolders = 0;
    qsizetype onTree = 0;
    for (Id folderId : d.treeOrder()) {
        onFolders += d.teamsOn(folderId).isEmpty() ? 0 : 1;
        onTree += d.teamsOn(folderId).size();
    }
    w.count(d.teams().size());
    w.count(onFolders + d.teams().size() - onTree); // how many folders they are on, at most
    for (Id folderId : d.treeOrder()) {
        for (Id teamId : d.teamsOn(folderId))
            writeRow(w, *d.team(teamId));
    }
    if (onTree == d.teams().size())
        return;
    for (const Team& team : d.teams()) {
        if (!d.folder(team.folderId))
            writeRow(w, team);
    }
}

// The sections: folder permission keys, roles, users, folders; teams; the rest. The header says
// where the teams and the rest begin, so that the teams (the most work) are read beside the others.
void writeRows(Writer& w, const Directory& d, const Catalog& catalog, qsizetype sectionsAt)
{
    writePermissionKeys(w, catalog);
    writeAll<Role>(w, d.roles());
    writeAll<User>(w, d.users());
    const QList<Id>& order = d.treeOrder();
    w.count(order.size());
    for (Id id : order)
        writeRow(w, *d.folder(id));
    w.patch(sectionsAt, quint64(w.size()));
    writeTeams(w, d);
    w.patch(sectionsAt + qsizetype(sizeof(quint64)), quint64(w.size()));
    writeAll<GlobalAssignment>(w, d.globals());
    writeAll<ConnectionType>(w, d.connectionTypes());
    writeAll<Connection>(w, d.connections());
    writeAll<Template>(w, d.templates());
    writeAll<Expectation>(w, d.expectations());
}

// Each part reads into d; false when the bytes end early or hold a value no row can have.
QList<int> readPermissionKeys(Reader& r, const Catalog& catalog)
{
    QList<int> toCurrent;
    for (qsizetype n = r.count(); n > 0 && r.ok(); --n)
        toCurrent.append(catalog.folderIndex(r.text()));
    return toCurrent;
}

struct Counts
{
    qsizetype roles = 0;
    qsizetype users = 0;
    qsizetype folders = 0;
};

// Reads count rows of one type into d; returns how many were announced.
template <class T> qsizetype readAll(Reader& r, Directory& d, const QList<int>& toCurrent, QList<Id>* order = nullptr)
{
    const qsizetype n = r.count();
    // Room for these, and as much as there is for the others (less would rehash them).
    if constexpr (std::is_same_v<T, Role> || std::is_same_v<T, User> || std::is_same_v<T, Folder>)
        d.reserve(std::is_same_v<T, Folder> ? n : d.folders().size(), d.teams().size(),
                  std::is_same_v<T, User> ? n : d.users().size(), std::is_same_v<T, Role> ? n : d.roles().size());
    if (order)
        order->reserve(n);
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        T row;
        readRow(r, row, toCurrent);
        if constexpr (std::is_same_v<T, Folder>) {
            if (order)
                order->append(row.id);
        }
        d.loadNew(std::move(row));
    }
    return n;
}

bool readPeopleAndFolders(Reader& r, Directory& d, Counts& counts, QList<Id>& order)
{
    counts.roles = readAll<Role>(r, d, {});
    counts.users = readAll<User>(r, d, {});
    counts.folders = readAll<Folder>(r, d, {}, &order);
    return r.ok();
}

// Written folder by folder (writeTeams), so that each folder's teams go in together.
bool readTeams(Reader& r, Directory& d, const QList<int>& toCurrent, qsizetype* count)
{
    const qsizetype n = r.count();
    const qsizetype folders = r.count();
    d.reserve(d.folders().size(), n, d.users().size(), d.roles().size(), folders);
    std::vector<Team> run;
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        Team team;
        readRow(r, team, toCurrent);
        if (!run.empty() && run.back().folderId != team.folderId)
            d.loadNewTeams(run);
        run.push_back(std::move(team));
    }
    d.loadNewTeams(run);
    *count = n;
    return r.ok();
}

bool readRest(Reader& r, Directory& d)
{
    readAll<GlobalAssignment>(r, d, {});
    readAll<ConnectionType>(r, d, {});
    readAll<Connection>(r, d, {});
    readAll<Template>(r, d, {});
    readAll<Expectation>(r, d, {});
    return r.ok();
}

constexpr quint8 NoRow = 0xff;

void writeChangeSide(Writer& w, const std::optional<Row>& row)
{
    if (!row) {
        w.number(NoRow);
        return;
    }
    w.number(quint8(row->index()));
    std::visit([&](const auto& r) { writeRow(w, r); }, *row);
}

template <std::size_t... I>
std::optional<Row> readRowOfType(Reader& r, std::size_t index, const QList<int>& toCurrent, std::index_sequence<I...>)
{
    std::optional<Row> row;
    auto tryType = [&](auto tag) {
        using T = std::variant_alternative_t<decltype(tag)::value, Row>;
        if (index == decltype(tag)::value) {
            T value;
            readRow(r, value, toCurrent);
            row = std::move(value);
        }
    };
    (tryType(std::integral_constant<std::size_t, I>{}), ...);
    return row;
}

// Refuses (ok false) a type this version does not know.
std::optional<Row> readChangeSide(Reader& r, const QList<int>& toCurrent, bool* ok)
{
    const quint8 index = r.number<quint8>();
    if (index == NoRow)
        return std::nullopt;
    if (index >= std::variant_size_v<Row>) {
        *ok = false;
        return std::nullopt;
    }
    return readRowOfType(r, index, toCurrent, std::make_index_sequence<std::variant_size_v<Row>>());
}

} // namespace

QByteArray Checkpoint::encode(const Directory& directory, const Catalog& catalog)
{
    Writer w;
    w.raw(Magic);
    w.number(quint32(Format));
    const qsizetype sectionsAt = w.size();
    w.number(quint64(0)); // where the teams begin
    w.number(quint64(0)); // where the rest begins
    writeRows(w, directory, catalog, sectionsAt);
    w.raw(End);
    return w.take();
}

namespace {

// The magic, the format and where the teams and the rest begin.
constexpr qsizetype HeaderSize = 8 + 4 + 8 + 8;
// What is read before the teams: the header and the permission keys after it, which take a few
// kilobytes (all that is before the teams when they take more).
constexpr qsizetype FirstPart = 64 * 1024;

// ready(offset, length) makes those bytes of the buffer hold the checkpoint's (nothing to do when
// they are all there already). Each range is asked for once: the header, the teams, the rest.
Result<Directory> decodeBuffer(const char* begin, qsizetype size,
                               const std::function<bool(qsizetype, qsizetype)>& ready, const Catalog& catalog,
                               const QByteArray& expected)
{
    const Error damaged = invalid(Checkpoint::tr("the checkpoint is damaged"));
    auto readyBetween = [&](qsizetype from, qsizetype to) { return from >= to || ready(from, to - from); };
    const qsizetype headerEnd = std::min(size, FirstPart);
    if (!readyBetween(0, headerEnd))
        return damaged;
    Reader header(begin, begin + headerEnd);
    if (!header.raw(Magic))
        return invalid(Checkpoint::tr("this is not a Warden checkpoint"));
    if (const quint32 format = header.number<quint32>(); format != quint32(Checkpoint::Format))
        return invalid(Checkpoint::tr("the checkpoint has format %1; this version of Warden reads format %2")
                           .arg(format)
                           .arg(Checkpoint::Format));
    const quint64 teamsAt = header.number<quint64>();
    const quint64 restAt = header.number<quint64>();
    if (!header.ok() || teamsAt < quint64(HeaderSize) || restAt < teamsAt || restAt > quint64(size))
        return damaged;
    const qsizetype teams = qsizetype(teamsAt);
    const qsizetype rest = qsizetype(restAt);
    // The permission keys come first; in the rare store whose keys do not fit the first part, all
    // that is before the teams is read now.
    bool beforeTeamsRead = teams <= headerEnd;
    Reader keys(begin + HeaderSize, begin + std::min(teams, headerEnd));
    QList<int> toCurrent = readPermissionKeys(keys, catalog);
    if (!keys.ok() && !beforeTeamsRead) {
        if (!readyBetween(headerEnd, teams))
            return damaged;
        beforeTeamsRead = true;
        keys = Reader(begin + HeaderSize, begin + teams);
        toCurrent = readPermissionKeys(keys, catalog);
    }
    if (!keys.ok() || !readyBetween(std::max(teams, headerEnd), rest))
        return damaged;
    // The teams on a thread of their own, into a directory of their own; the rest here, read meanwhile.
    Directory teamsOnly;
    qsizetype teamCount = 0;
    auto teamsRead = std::async(std::launch::async, [&] {
        Reader part(begin + teams, begin + rest);
        return readTeams(part, teamsOnly, toCurrent, &teamCount) && part.atEnd();
    });
    const bool read
        = (beforeTeamsRead || readyBetween(headerEnd, teams)) && readyBetween(std::max(rest, headerEnd), size);
    const bool checked
        = read && (expected.isEmpty() || Checkpoint::checksum(QByteArray::fromRawData(begin, size)) == expected);
    Directory directory;
    Counts counts;
    QList<Id> order;
    Reader people(keys.at(), begin + teams);
    bool ok = checked && readPeopleAndFolders(people, directory, counts, order) && people.atEnd();
    Reader others(begin + rest, begin + size);
    ok = ok && readRest(others, directory) && others.raw(End) && others.atEnd();
    // Rows with the same id twice would have collapsed into one. The tree is made while the teams
    // are still being read: it needs only the folders.
    ok = ok && directory.roles().size() == counts.roles && directory.users().size() == counts.users
        && directory.folders().size() == counts.folders && directory.adoptTreeOrder(order);
    ok = teamsRead.get() && ok;
    if (read && !checked)
        return invalid(Checkpoint::tr("the checkpoint does not match its checksum"));
    if (!ok || teamsOnly.teams().size() != teamCount)
        return damaged;
    directory.takeTeams(std::move(teamsOnly));
    return directory;
}

} // namespace

Result<Directory> Checkpoint::decode(const QByteArray& bytes, const Catalog& catalog, const QByteArray& expected)
{
    return decodeBuffer(
        bytes.constData(), bytes.size(), [](qsizetype, qsizetype) { return true; }, catalog, expected);
}

Result<Directory> Checkpoint::decode(qsizetype size, const ReadPart& read, const Catalog& catalog,
                                     const QByteArray& expected)
{
    if (size < 0)
        return invalid(tr("the checkpoint is damaged"));
    QByteArray buffer(size, Qt::Uninitialized);
    return decodeBuffer(
        buffer.constData(), size,
        [&](qsizetype offset, qsizetype length) { return read(buffer.data() + offset, offset, length); }, catalog,
        expected);
}

QByteArray Checkpoint::encodeChanges(const std::vector<Change>& changes, const Catalog& catalog)
{
    Writer w;
    w.raw(ChangesMagic);
    w.number(quint32(ChangesFormat));
    writePermissionKeys(w, catalog);
    w.count(qsizetype(changes.size()));
    for (const Change& change : changes) {
        writeChangeSide(w, change.before);
        writeChangeSide(w, change.after);
    }
    w.raw(End);
    return w.take();
}

Result<std::vector<Change>> Checkpoint::decodeChanges(const QByteArray& bytes, const Catalog& catalog)
{
    Reader r(bytes.constData(), bytes.constData() + bytes.size());
    const Error damaged = invalid(tr("the rows of an audit entry are damaged"));
    if (!r.raw(ChangesMagic) || r.number<quint32>() != quint32(ChangesFormat))
        return damaged;
    const QList<int> toCurrent = readPermissionKeys(r, catalog);
    std::vector<Change> changes;
    const qsizetype n = r.count();
    changes.reserve(std::size_t(n));
    bool ok = r.ok();
    for (qsizetype i = 0; i < n && ok && r.ok(); ++i) {
        Change change;
        change.before = readChangeSide(r, toCurrent, &ok);
        change.after = readChangeSide(r, toCurrent, &ok);
        if (!change.before && !change.after)
            ok = false;
        changes.push_back(std::move(change));
    }
    if (!ok || !r.ok() || !r.raw(End) || !r.atEnd())
        return damaged;
    return changes;
}

QByteArray Checkpoint::checksum(const QByteArray& bytes)
{
    static constexpr unsigned char Key[crypto_shorthash_KEYBYTES]
        = {'W', 'a', 'r', 'd', 'e', 'n', ' ', 'c', 'h', 'e', 'c', 'k', 'p', 'o', 'i', 'n'};
    QByteArray hash(crypto_shorthash_BYTES, Qt::Uninitialized);
    crypto_shorthash(reinterpret_cast<unsigned char*>(hash.data()),
                     reinterpret_cast<const unsigned char*>(bytes.constData()), quint64(bytes.size()), Key);
    return hash.toHex();
}

} // namespace warden
