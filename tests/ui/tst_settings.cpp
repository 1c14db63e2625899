// Settings: values persist across runs, the theme applies live, backup and reset work from the page.
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>

#include "core/util/paths.h"
#include "ui/common/app_state.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/settings_page.h"
#include "ui/settings/theme.h"

using namespace archdesk;

namespace {
template <typename T>
T* byName(QWidget* root, const QString& accessibleName)
{
    for (T* w : root->findChildren<T*>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}
} // namespace

class TstSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("archdesk-tests");
        QCoreApplication::setApplicationName("tst_settings");
    }
    void init() { QSettings().clear(); }

    void settings_roundTripThroughQSettings()
    {
        ui::AppSettings s;
        s.theme = ui::Theme::Dark;
        s.language = "pt_BR";
        s.desiredRetention = 0.85;
        s.newCardsPerDay = 7;
        s.reviewsPerDay = 150;
        s.defaultBlueprint = "sap-legacy";
        s.examDate = QDate(2027, 3, 14);
        s.save();
        const auto back = ui::AppSettings::load();
        QCOMPARE(back.theme, ui::Theme::Dark);
        QCOMPARE(back.language, QString("pt_BR"));
        QCOMPARE(back.desiredRetention, 0.85);
        QCOMPARE(back.newCardsPerDay, 7);
        QCOMPARE(back.reviewsPerDay, 150);
        QCOMPARE(back.defaultBlueprint, QString("sap-legacy"));
        QCOMPARE(back.examDate, QDate(2027, 3, 14));
    }

    void outOfRangeStoredValues_areClamped()
    {
        QSettings().setValue("study/desiredRetention", 5.0);
        QSettings().setValue("study/newCardsPerDay", -3);
        const auto s = ui::AppSettings::load();
        QCOMPARE(s.desiredRetention, 0.99);
        QCOMPARE(s.newCardsPerDay, 0);
    }

    void page_editsArePersisted_andThemeAppliesLive()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::SettingsPage page(state);
        QSignalSpy changed(state.events.get(), &ui::AppEvents::settingsChanged);
        byName<QSpinBox>(&page, "New cards per day")->setValue(33);
        byName<QDoubleSpinBox>(&page, "Desired retention")->setValue(0.93);
        page.findChild<QCheckBox*>()->setChecked(true);
        byName<QDateEdit>(&page, "Exam date")->setDate(QDate(2027, 1, 2));
        QVERIFY(changed.count() >= 3);
        const auto s = ui::AppSettings::load();
        QCOMPARE(s.newCardsPerDay, 33);
        QCOMPARE(s.desiredRetention, 0.93);
        QCOMPARE(s.examDate, QDate(2027, 1, 2));

        auto* theme = byName<QComboBox>(&page, "Theme");
        theme->setCurrentIndex(theme->findData("dark"));
        QVERIFY(ui::isDarkTheme());
        theme->setCurrentIndex(theme->findData("light"));
        QVERIFY(!ui::isDarkTheme());
        QCOMPARE(ui::AppSettings::load().theme, ui::Theme::Light);
    }

    void backupNow_thenResetProgress_keepsABackupWithTheData()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        QVERIFY(state.db);
        QVERIFY(state.db->exec("INSERT INTO review_log(card_id,reviewed_at,rating,state,due,stability,difficulty,"
                               "elapsed_days,scheduled_days) VALUES ('c-1',0,3,2,1,1,1,0,1)")
                    .ok());
        ui::SettingsPage page(state);
        QSignalSpy replaced(state.events.get(), &ui::AppEvents::databaseReplaced);
        page.resetProgressConfirmed();
        QCOMPARE(replaced.count(), 1);
        auto stmt = state.db->prepare("SELECT count(*) FROM review_log");
        QVERIFY(*stmt->step());
        QCOMPARE(stmt->columnInt(0), qint64(0));
        const QDir backups(ui::SettingsPage::backupFolder(state));
        QCOMPARE(backups.entryList({"archdesk-*.db"}).size(), 1);

        // Restoring that backup brings the review back.
        page.restoreFrom(backups.filePath(backups.entryList({"archdesk-*.db"}).first()));
        QVERIFY(state.db);
        auto again = state.db->prepare("SELECT count(*) FROM review_log");
        QVERIFY(*again->step());
        QCOMPARE(again->columnInt(0), qint64(1));
    }
};

QTEST_MAIN(TstSettings)
#include "tst_settings.moc"
