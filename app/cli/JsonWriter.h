#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTextStream>

#include <vector>

namespace warden {

// Writes a JSON document piece by piece, so that a large answer (the preview of a million-row
// plan, an Admin's access to every folder) is never held whole in memory. Values are compact;
// arrays opened with one item per line put each item on a line of its own.
class JsonWriter
{
public:
    explicit JsonWriter(QTextStream& out) : m_out(out) { }

    void beginObject() { open('{', false); }
    void endObject() { close('}'); }
    void beginArray(bool itemPerLine = false) { open('[', itemPerLine); }
    void endArray() { close(']'); }
    void key(const QString& name)
    {
        separate();
        m_out << compact(name) << ": ";
        m_afterKey = true;
    }
    void value(const QJsonValue& value)
    {
        separate();
        m_out << compact(value);
    }
    void field(const QString& name, const QJsonValue& v)
    {
        key(name);
        value(v);
    }
    // A value written as JSON already (made with quote()): for the many small objects of a large
    // answer, without a QJsonDocument for each.
    void rawValue(const QString& json)
    {
        separate();
        m_out << json;
    }
    // Appends text as a JSON string, quoted and escaped.
    static void quote(QString& into, QStringView text)
    {
        into += QLatin1Char('"');
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u'"' || u == u'\\') {
                into += QLatin1Char('\\');
                into += c;
            } else if (u < 0x20) {
                static const char* const named[] = {"b", "t", "n", nullptr, "f", "r"};
                const char* name = u >= 8 && u <= 13 ? named[u - 8] : nullptr;
                into += name ? QLatin1String("\\") + QLatin1String(name)
                             : QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            } else {
                into += c;
            }
        }
        into += QLatin1Char('"');
    }

private:
    struct Level
    {
        bool first = true;
        bool itemPerLine = false;
    };
    void open(char bracket, bool itemPerLine)
    {
        separate();
        m_out << bracket;
        m_levels.push_back({true, itemPerLine});
    }
    void close(char bracket)
    {
        if (m_levels.back().itemPerLine && !m_levels.back().first)
            m_out << '\n';
        m_levels.pop_back();
        m_out << bracket;
        if (m_levels.empty())
            m_out << '\n';
    }
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_levels.empty())
            return;
        Level& level = m_levels.back();
        if (!level.first)
            m_out << (level.itemPerLine ? "," : ", ");
        if (level.itemPerLine)
            m_out << '\n';
        level.first = false;
    }
    static QString compact(const QJsonValue& value)
    {
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }

    QTextStream& m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace warden
