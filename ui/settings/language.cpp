#include "ui/settings/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace archdesk::ui {

QStringList availableLanguageCodes() { return {QStringLiteral("en"), QStringLiteral("pt_BR")}; }

QString languageName(const QString& code)
{
    if (code == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    return QStringLiteral("English");
}

QString installLanguage(const QString& requested)
{
    static QTranslator* current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    QString code = requested;
    if (code.isEmpty())
        code = QLocale::system().name().startsWith(QLatin1String("pt")) ? QStringLiteral("pt_BR") : QStringLiteral("en");
    if (code == QLatin1String("en"))
        return code;
    auto* translator = new QTranslator();
    if (!translator->load(QStringLiteral(":/i18n/archdesk_%1.qm").arg(code))) {
        delete translator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    current = translator;
    return code;
}

} // namespace archdesk::ui
