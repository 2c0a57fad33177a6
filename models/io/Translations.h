#pragma once

#include <QString>

namespace warden {

// Installs the compiled-in translation for the language ("de") or, when empty, the system locale.
void installTranslations(const QString& language = {});

} // namespace warden
