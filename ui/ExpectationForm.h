#pragma once

#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace warden {

class Store;

// The form of a new expectation: its name, kind, subjects (usernames and role:NAME, completed as
// one types, separated by commas), permission (completed from the catalog: a folder permission
// with a folder, else a global one), folder (completed by path; empty: global) and note.
class ExpectationForm
{
    Q_DECLARE_TR_FUNCTIONS(ExpectationForm)

public:
    // Shows the form filled with `start` until attempt accepts what it makes of it, or cancel.
    static bool ask(QWidget* parent, const Store& store, const Expectation& start,
                    const std::function<Status(const Expectation&)>& attempt);
};

} // namespace warden
