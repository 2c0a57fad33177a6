#include "Entities.h"

namespace warden {

QString statusKey(UserStatus status)
{
    switch (status) {
    case UserStatus::Invited:
        return QStringLiteral("invited");
    case UserStatus::Active:
        return QStringLiteral("active");
    case UserStatus::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

bool parseStatus(const QString& key, UserStatus* status)
{
    for (UserStatus candidate : {UserStatus::Invited, UserStatus::Active, UserStatus::Disabled}) {
        if (key == statusKey(candidate)) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString levelKey(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Deny:
        return QStringLiteral("deny");
    case AccessLevel::DeleteOnly:
        return QStringLiteral("delete_only");
    case AccessLevel::Use:
        return QStringLiteral("use");
    case AccessLevel::Manage:
        return QStringLiteral("manage");
    }
    return {};
}

bool parseLevel(const QString& key, AccessLevel* level)
{
    for (AccessLevel candidate : {AccessLevel::Deny, AccessLevel::DeleteOnly, AccessLevel::Use, AccessLevel::Manage}) {
        if (key == levelKey(candidate)) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

QString kindKey(Expectation::Kind kind)
{
    switch (kind) {
    case Expectation::Kind::Holds:
        return QStringLiteral("holds");
    case Expectation::Kind::Never:
        return QStringLiteral("never");
    case Expectation::Kind::Only:
        return QStringLiteral("only");
    }
    return {};
}

bool parseKind(const QString& key, Expectation::Kind* kind)
{
    for (auto candidate : {Expectation::Kind::Holds, Expectation::Kind::Never, Expectation::Kind::Only}) {
        if (key == kindKey(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace warden
