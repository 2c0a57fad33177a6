#pragma once

#include "models/domain/BuiltinCatalog.h"

#include <QtGlobal>

namespace warden {

// The built-in catalog, read once for the whole test program.
inline const Catalog& testCatalog()
{
    static const Catalog catalog = [] {
        auto loaded = loadBuiltinCatalog();
        if (!loaded)
            qFatal("the built-in catalog cannot be read: %s", qPrintable(loaded.error().message));
        return loaded.value();
    }();
    return catalog;
}

} // namespace warden
