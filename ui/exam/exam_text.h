#pragma once
// Small text helpers shared by the exam screens: durations and option keys.

#include <QString>
#include <QtGlobal>

namespace archdesk::ui {

// "1:05:09" for an hour or more, "5:09" below.
inline QString formatDuration(qint64 ms)
{
    const qint64 total = qMax<qint64>(0, ms) / 1000;
    const qint64 h = total / 3600, m = total / 60 % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

// "AC" → "A, C"
inline QString formatKeys(const std::string& keys)
{
    QStringList parts;
    for (char c : keys)
        parts << QString(QChar::fromLatin1(c));
    return parts.join(QStringLiteral(", "));
}

} // namespace archdesk::ui
