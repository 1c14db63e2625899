// The bad-input corpus (tests/cli/bad/<kind>/): every malformed file the app can be given — content, plans,
// review logs, price files, card imports — gives exit status 2 and a message naming the file and the place,
// never a crash or a hang, and the user's database is left as it was.
#include <QtTest>

#include <QRegularExpression>

#include "../cli/cli_runner.h"
#include "core/store/migrations.h"

using namespace archdesk::core;

namespace {

const QString kBadDir = QStringLiteral(ARCHDESK_TESTS_DIR "/cli/bad");

// The arguments that feed a file of this kind to the CLI.
QStringList argsFor(const QString& kind, const QString& file, const QString& db, const QString& dataDir)
{
    if (kind == "content")
        return {"--data", dataDir, "content", "check"};
    if (kind == "policy")
        return {"policy", "eval", file, "--capacity", "10", "--metric", "55"};
    if (kind == "fsrs")
        return {"fsrs", "replay", file};
    if (kind == "prices")
        return {"--db", db, "prices", "import", file};
    if (kind == "cards")
        return {"--db", db, "cards", "import", file};
    return {"--db", db, kind, file}; // cost, bill, simulate
}

// A data folder with the real manifest and blueprints, and the bad file as a questions or cards file.
QString contentDir(const QTemporaryDir& dir, const QString& file)
{
    const QString source = QStringLiteral(ARCHDESK_SOURCE_DATA_DIR);
    const QString root = dir.filePath("data");
    for (const char* sub : {"blueprints", "questions", "cards"})
        QDir().mkpath(root + "/" + sub);
    QFile::copy(source + "/manifest.json", root + "/manifest.json");
    for (const QString& name : QDir(source + "/blueprints").entryList({"*.json"}))
        QFile::copy(source + "/blueprints/" + name, root + "/blueprints/" + name);
    const QString name = QFileInfo(file).fileName();
    QFile::copy(file, root + (name.startsWith("cards-") ? "/cards/" : "/questions/") + name);
    return root;
}

qint64 userRows(const QString& db)
{
    if (!QFile::exists(db))
        return 0;
    auto opened = store::openUserDatabase(db.toStdString());
    if (!opened)
        return -1;
    qint64 total = 0;
    for (const char* table : {"price_import", "price_on_demand", "price_reserved", "user_card", "card_state"}) {
        auto stmt = opened->prepare(std::string("SELECT count(*) FROM ") + table);
        if (stmt && *stmt->step())
            total += stmt->columnInt(0);
    }
    return total;
}

} // namespace

class TstBadInputs : public QObject
{
    Q_OBJECT
private slots:
    void corpus_hasAtLeastFortyFiles()
    {
        QDirIterator it(kBadDir, QDir::Files, QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        QVERIFY2(n >= 40, qPrintable(QString("%1 bad files").arg(n)));
    }

    void everyBadFile_exit2_namesFileAndPlace_dataUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        for (const QString& kind : QDir(kBadDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const QString& name : QDir(kBadDir + "/" + kind).entryList(QDir::Files))
                QTest::newRow(qPrintable(kind + "/" + name)) << kind << kBadDir + "/" + kind + "/" + name;
    }
    void everyBadFile_exit2_namesFileAndPlace_dataUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString db = dir.filePath("user.db");
        const QString data = kind == "content" ? contentDir(dir, file) : QString();
        const CliRun r = runCli(argsFor(kind, file, db, data));
        QVERIFY2(r.status != -1, "timed out");
        QVERIFY2(r.status != -2, qPrintable("crashed: " + r.err));
        QVERIFY2(r.status == 2, qPrintable(QString("exit %1: %2%3").arg(r.status).arg(r.err, r.out)));
        QVERIFY2(r.err.startsWith("archdesk-cli: "), qPrintable(r.err));
        const QString name = QFileInfo(file).fileName();
        QVERIFY2(r.err.contains(name), qPrintable("the message does not name the file: " + r.err));
        // The place: LINE:COL or a line, a field path, or a byte offset.
        static const QRegularExpression place(QStringLiteral("(%1:\\d+|field \"|byte \\d+)"));
        QVERIFY2(r.err.contains(QRegularExpression(place.pattern().arg(QRegularExpression::escape(name)))),
                 qPrintable("the message does not say where: " + r.err));
        QCOMPARE(userRows(db), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TstBadInputs)
#include "tst_bad_inputs.moc"
