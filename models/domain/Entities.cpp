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

} // namespace warden
