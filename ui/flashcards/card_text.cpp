#include "ui/flashcards/card_text.h"

#include <QRegularExpression>

namespace archdesk::ui {

QString cardTextToHtml(const std::string& text)
{
    QString html = QString::fromStdString(text).toHtmlEscaped();
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    static const QRegularExpression italic(QStringLiteral("\\*([^*]+)\\*"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)"));
    static const QRegularExpression bullet(QStringLiteral("(^|\\n)[-*] "));
    html.replace(code, QStringLiteral("<code>\\1</code>"));
    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(italic, QStringLiteral("<i>\\1</i>"));
    html.replace(link, QStringLiteral("<a href=\"\\2\">\\1</a>"));
    html.replace(bullet, QStringLiteral("\\1• "));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

} // namespace archdesk::ui
