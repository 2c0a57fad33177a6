#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace warden::test {

// The child of parent with this object name, found as a screen reader or a style sheet would find
// it, so that tests need no getters of their own. A missing child stops the test and names it.
template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("%s has no %s named '%s'", parent->metaObject()->className(), T::staticMetaObject.className(), name);
    return found;
}

template <typename T, typename P> T* child(const std::unique_ptr<P>& parent, const char* name)
{
    return child<T>(parent.get(), name);
}

} // namespace warden::test
