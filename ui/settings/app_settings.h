#pragma once
// AppSettings: the user's preferences, typed, persisted in QSettings.

#include <QDate>
#include <QString>

namespace archdesk::ui {

enum class Theme { System, Light, Dark };

struct AppSettings
{
    Theme theme = Theme::System;
    QString language;               // "" = the system's, "en", "pt_BR"
    double desiredRetention = 0.9;  // 0.70 … 0.99
    int newCardsPerDay = 20;        // 0 … 9999
    int reviewsPerDay = 200;        // 0 … 9999
    QString defaultBlueprint = QStringLiteral("sap-c02");
    QDate examDate;                 // invalid = none; cards are pulled forward to be seen in its last week
    bool fuzzIntervals = false;     // spread review intervals a little, as ts-fsrs's fuzz does

    static AppSettings load();
    void save() const;

    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString& key);
};

} // namespace archdesk::ui
