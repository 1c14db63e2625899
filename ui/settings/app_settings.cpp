#include "ui/settings/app_settings.h"

#include <QSettings>
#include <algorithm>

namespace archdesk::ui {

QString AppSettings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme AppSettings::themeFromKey(const QString& key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.theme = themeFromKey(s.value("appearance/theme").toString());
    a.language = s.value("appearance/language").toString();
    // Out-of-range values (an edited file) fall back into range rather than break the scheduler.
    a.desiredRetention = std::clamp(s.value("study/desiredRetention", a.desiredRetention).toDouble(), 0.70, 0.99);
    a.newCardsPerDay = std::clamp(s.value("study/newCardsPerDay", a.newCardsPerDay).toInt(), 0, 9999);
    a.reviewsPerDay = std::clamp(s.value("study/reviewsPerDay", a.reviewsPerDay).toInt(), 0, 9999);
    a.defaultBlueprint = s.value("study/defaultBlueprint", a.defaultBlueprint).toString();
    a.examDate = QDate::fromString(s.value("study/examDate").toString(), Qt::ISODate);
    a.fuzzIntervals = s.value("study/fuzzIntervals", false).toBool();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue("appearance/theme", themeKey(theme));
    s.setValue("appearance/language", language);
    s.setValue("study/desiredRetention", desiredRetention);
    s.setValue("study/newCardsPerDay", newCardsPerDay);
    s.setValue("study/reviewsPerDay", reviewsPerDay);
    s.setValue("study/defaultBlueprint", defaultBlueprint);
    s.setValue("study/examDate", examDate.isValid() ? examDate.toString(Qt::ISODate) : QString());
    s.setValue("study/fuzzIntervals", fuzzIntervals);
}

} // namespace archdesk::ui
