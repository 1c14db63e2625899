// The Portuguese catalogue is complete: no unfinished or obsolete entry, every tr() string of the code is
// in it (checked by running lupdate on the sources now), and the compiled catalogue translates the UI.
#include <QtTest>

#include <QProcess>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Catalogue
{
    QSet<QString> entries; // "context\nsource"
    QStringList unfinished;
    QStringList obsolete;
};

Catalogue readTs(const QString& path)
{
    Catalogue c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value("type").toString();
            const QString key = context + '\n' + source;
            if (type == QLatin1String("unfinished"))
                c.unfinished << key;
            else if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                c.obsolete << key;
            else
                c.entries.insert(key);
        }
    }
    return c;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogue_hasNoUnfinishedOrObsoleteEntries()
    {
        const Catalogue c = readTs(ARCHDESK_SOURCE_DIR "/translations/archdesk_pt_BR.ts");
        QVERIFY(c.entries.size() > 100);
        QVERIFY2(c.unfinished.isEmpty(), qPrintable("unfinished: " + c.unfinished.mid(0, 10).join(" | ")));
        QVERIFY2(c.obsolete.isEmpty(), qPrintable("obsolete: " + c.obsolete.mid(0, 10).join(" | ")));
    }

    void everyTrStringOfTheCode_isInTheCatalogue()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath("fresh_pt_BR.ts");
        QProcess lupdate;
        lupdate.setWorkingDirectory(ARCHDESK_SOURCE_DIR);
        lupdate.start(ARCHDESK_LUPDATE, {"-silent", "-no-obsolete", "-locations", "none", "-target-language", "pt_BR",
                                         "-I", ".", "ui", "app/gui", "-ts", fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const Catalogue code = readTs(fresh);
        const Catalogue committed = readTs(ARCHDESK_SOURCE_DIR "/translations/archdesk_pt_BR.ts");
        QSet<QString> inCode = code.entries;
        for (const QString& k : code.unfinished)
            inCode.insert(k);
        QStringList missing, stale;
        for (const QString& k : inCode)
            if (!committed.entries.contains(k))
                missing << k;
        for (const QString& k : committed.entries)
            if (!inCode.contains(k))
                stale << k;
        QVERIFY2(missing.isEmpty(), qPrintable("not translated yet (run scripts/update-translations.sh): " +
                                               missing.mid(0, 10).join(" | ")));
        QVERIFY2(stale.isEmpty(), qPrintable("no longer in the code: " + stale.mid(0, 10).join(" | ")));
    }

    void compiledCatalogue_translatesThePages()
    {
        QTranslator translator;
        QVERIFY(translator.load(":/i18n/archdesk_pt_BR.qm"));
        const QString settings = translator.translate("archdesk::ui::StandardPages", "Settings");
        QVERIFY(!settings.isEmpty());
        QVERIFY(settings != QLatin1String("Settings"));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
