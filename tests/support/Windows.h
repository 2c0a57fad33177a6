#pragma once

#include "TestHelpers.h"

#include "ui/MainWindow.h"
#include "ui/Prompts.h"

#include <QTest>

#include <memory>

namespace warden::test {

// A main window on a fresh copy of the demo directory, signed in as admin and shown; null when it
// could not be made. prompts: the dialogs to ask with (null: the real ones).
// content: as TestStores::createStore names it ("demo", "demo+expectations").
inline std::unique_ptr<MainWindow> openDemoWindow(TestStores& stores, Prompts* prompts = nullptr,
                                                  const QString& content = QStringLiteral("demo"))
{
    auto s = stores.createStore(QStringLiteral("sqlite"), content);
    if (!s)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(s), prompts);
    window->signInAs(userNamed(window->store(), QStringLiteral("admin")));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

// A scripted answer to an input dialog: the value is tried as the dialog would try it on OK; a
// refusal is kept in *refusal, as the dialog would show it before the person cancels.
template <typename T>
bool answerWith(const Prompts::Attempt<T>& attempt, const std::optional<T>& value, QString* refusal)
{
    if (!value)
        return false;
    const Status s = attempt(*value);
    *refusal = s.failed() ? s.error().message : QString();
    return s.ok();
}

} // namespace warden::test
