#pragma once
// Interface language: installs the translator for a language code ("pt_BR"), or English.

#include <QString>
#include <QStringList>

namespace archdesk::ui {

// The languages the interface ships in: codes and their own names.
QStringList availableLanguageCodes();
QString languageName(const QString& code);

// Installs the translation for code ("" = the system locale's, "en" = none). Returns the code in use.
QString installLanguage(const QString& code);

} // namespace archdesk::ui
