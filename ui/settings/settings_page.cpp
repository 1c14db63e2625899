#include "ui/settings/settings_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/store/backup.h"
#include "core/util/clock.h"
#include "ui/common/app_state.h"
#include "ui/common/page_header.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/language.h"
#include "ui/settings/theme.h"

namespace archdesk::ui {

SettingsPage::SettingsPage(AppState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->addWidget(makePageHeader(tr("Settings"), tr("Appearance, study limits, your exam date, and the safety of your progress."), this));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    // Appearance
    auto* appearance = new QGroupBox(tr("Appearance"), body);
    auto* af = new QFormLayout(appearance);
    af->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_theme = new QComboBox(appearance);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setMinimumWidth(220);
    m_theme->addItem(tr("System"), AppSettings::themeKey(Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeKey(Theme::Dark));
    af->addRow(tr("Theme"), m_theme);
    m_language = new QComboBox(appearance);
    m_language->setAccessibleName(tr("Language"));
    m_language->setMinimumWidth(220);
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : availableLanguageCodes())
        m_language->addItem(languageName(code), code);
    af->addRow(tr("Language"), m_language);
    layout->addWidget(appearance);

    // Study
    auto* study = new QGroupBox(tr("Study"), body);
    auto* sf = new QFormLayout(study);
    sf->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_retention = new QDoubleSpinBox(study);
    m_retention->setAccessibleName(tr("Desired retention"));
    m_retention->setRange(0.70, 0.99);
    m_retention->setSingleStep(0.01);
    m_retention->setDecimals(2);
    m_retention->setToolTip(tr("The probability of recalling a card when it comes due. Higher means more reviews."));
    sf->addRow(tr("Desired retention"), m_retention);
    m_newPerDay = new QSpinBox(study);
    m_newPerDay->setAccessibleName(tr("New cards per day"));
    m_newPerDay->setRange(0, 9999);
    sf->addRow(tr("New cards per day"), m_newPerDay);
    m_reviewsPerDay = new QSpinBox(study);
    m_reviewsPerDay->setAccessibleName(tr("Reviews per day"));
    m_reviewsPerDay->setRange(0, 9999);
    sf->addRow(tr("Reviews per day"), m_reviewsPerDay);
    m_blueprint = new QComboBox(study);
    m_blueprint->setAccessibleName(tr("Default blueprint"));
    for (const auto& b : m_state.content.content.blueprints)
        m_blueprint->addItem(QString::fromStdString(b.name), QString::fromStdString(b.id));
    sf->addRow(tr("Default blueprint"), m_blueprint);
    auto* examRow = new QHBoxLayout();
    m_hasExamDate = new QCheckBox(tr("I have booked my exam for"), study);
    m_examDate = new QDateEdit(study);
    m_examDate->setAccessibleName(tr("Exam date"));
    m_examDate->setCalendarPopup(true);
    m_examDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_examDate->setMinimumDate(QDate(2020, 1, 1));
    examRow->addWidget(m_hasExamDate);
    examRow->addWidget(m_examDate);
    examRow->addStretch(1);
    sf->addRow(tr("Exam date"), examRow);
    m_fuzz = new QCheckBox(tr("Spread review intervals a little (fuzz), so cards learnt together do not stay together"), study);
    m_fuzz->setAccessibleName(tr("Fuzz intervals"));
    sf->addRow(tr("Intervals"), m_fuzz);
    layout->addWidget(study);

    // Data
    auto* dataBox = new QGroupBox(tr("Your data"), body);
    auto* df = new QFormLayout(dataBox);
    auto* dbLabel = new QLabel(QString::fromStdString(m_state.dbPath), dataBox);
    dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dbLabel->setWordWrap(true);
    df->addRow(tr("Progress database"), dbLabel);
    auto* contentLabel = new QLabel(QString::fromStdString(m_state.dataDir), dataBox);
    contentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLabel->setWordWrap(true);
    df->addRow(tr("Bundled content"), contentLabel);
    auto* backupFolderLabel = new QLabel(backupFolder(m_state), dataBox);
    backupFolderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    backupFolderLabel->setWordWrap(true);
    df->addRow(tr("Backups (one a day, last %1 kept)").arg(core::store::kBackupsKept), backupFolderLabel);
    auto* buttons = new QHBoxLayout();
    auto* backup = new QPushButton(tr("Back up now"), dataBox);
    m_backups = new QComboBox(dataBox);
    m_backups->setAccessibleName(tr("Backups"));
    m_backups->setMinimumContentsLength(24);
    auto* restore = new QPushButton(tr("Restore…"), dataBox);
    auto* reset = new QPushButton(tr("Reset progress…"), dataBox);
    buttons->addWidget(backup);
    buttons->addSpacing(12);
    buttons->addWidget(m_backups);
    buttons->addWidget(restore);
    buttons->addStretch(1);
    buttons->addWidget(reset);
    df->addRow(buttons);
    m_result = new QLabel(dataBox);
    m_result->setWordWrap(true);
    df->addRow(m_result);
    layout->addWidget(dataBox);
    layout->addStretch(1);

    const bool haveDb = m_state.db.has_value();
    backup->setEnabled(haveDb);
    reset->setEnabled(haveDb);

    // Show the saved values.
    m_loading = true;
    const AppSettings s = AppSettings::load();
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(AppSettings::themeKey(s.theme))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
    m_retention->setValue(s.desiredRetention);
    m_newPerDay->setValue(s.newCardsPerDay);
    m_reviewsPerDay->setValue(s.reviewsPerDay);
    m_blueprint->setCurrentIndex(std::max(0, m_blueprint->findData(s.defaultBlueprint)));
    m_hasExamDate->setChecked(s.examDate.isValid());
    m_examDate->setDate(s.examDate.isValid() ? s.examDate : QDate::currentDate().addMonths(2));
    m_examDate->setEnabled(s.examDate.isValid());
    m_fuzz->setChecked(s.fuzzIntervals);
    m_loading = false;
    refreshBackupList();

    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        saveFromControls();
        applyTheme(AppSettings::themeFromKey(m_theme->currentData().toString()));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        saveFromControls();
        installLanguage(m_language->currentData().toString());
        // Rebuilds every page, this one included: nothing may run after this line.
        emit m_state.events->languageChanged();
    });
    for (auto* spin : {m_newPerDay, m_reviewsPerDay})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::saveFromControls);
    connect(m_retention, &QDoubleSpinBox::valueChanged, this, &SettingsPage::saveFromControls);
    connect(m_blueprint, &QComboBox::currentIndexChanged, this, &SettingsPage::saveFromControls);
    connect(m_hasExamDate, &QCheckBox::toggled, this, [this](bool on) {
        m_examDate->setEnabled(on);
        saveFromControls();
    });
    connect(m_examDate, &QDateEdit::dateChanged, this, &SettingsPage::saveFromControls);
    connect(m_fuzz, &QCheckBox::toggled, this, &SettingsPage::saveFromControls);
    connect(backup, &QPushButton::clicked, this, &SettingsPage::backupNow);
    connect(restore, &QPushButton::clicked, this, [this] {
        const QString file = m_backups->currentData().toString();
        if (file.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Restore backup"),
            tr("Replace your current progress with the backup %1? Your current database is kept as a copy.")
                .arg(QFileInfo(file).fileName()));
        if (answer == QMessageBox::Yes)
            restoreFrom(file);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::warning(
            this, tr("Reset progress"),
            tr("Delete every review and exam attempt? A backup is made first, so this can be undone with Restore."),
            QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Reset)
            resetProgressConfirmed();
    });
}

QString SettingsPage::backupFolder(const AppState& state)
{
    return QFileInfo(QString::fromStdString(state.dbPath)).absoluteDir().filePath(QStringLiteral("backups"));
}

QString SettingsPage::runDailyBackup(AppState& state)
{
    if (!state.db)
        return {};
    const auto now = core::SystemClock().now();
    const std::string dir = backupFolder(state).toStdString();
    if (!core::store::dailyBackupDue(dir, now))
        return {};
    auto r = core::store::backupDatabase(*state.db, dir, now);
    return r ? QString() : tr("Daily backup failed: %1").arg(QString::fromStdString(r.error().describe()));
}

void SettingsPage::saveFromControls()
{
    if (m_loading)
        return;
    AppSettings s = AppSettings::load();
    s.theme = AppSettings::themeFromKey(m_theme->currentData().toString());
    s.language = m_language->currentData().toString();
    s.desiredRetention = m_retention->value();
    s.newCardsPerDay = m_newPerDay->value();
    s.reviewsPerDay = m_reviewsPerDay->value();
    s.defaultBlueprint = m_blueprint->currentData().toString();
    s.examDate = m_hasExamDate->isChecked() ? m_examDate->date() : QDate();
    s.fuzzIntervals = m_fuzz->isChecked();
    s.save();
    emit m_state.events->settingsChanged();
}

void SettingsPage::refreshBackupList()
{
    m_backups->clear();
    for (const auto& file : core::store::listBackups(backupFolder(m_state).toStdString())) {
        const QString path = QString::fromStdString(file);
        m_backups->addItem(QFileInfo(path).fileName(), path);
    }
    if (m_backups->count() == 0)
        m_backups->addItem(tr("no backups yet"), QString());
}

void SettingsPage::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    QPalette p = m_result->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x39, 0x2b) : palette().color(QPalette::WindowText));
    m_result->setPalette(p);
}

void SettingsPage::backupNow()
{
    if (!m_state.db)
        return;
    auto r = core::store::backupDatabase(*m_state.db, backupFolder(m_state).toStdString(), core::SystemClock().now());
    if (r)
        showResult(tr("Backed up to %1").arg(QString::fromStdString(*r)), false);
    else
        showResult(tr("Backup failed: %1").arg(QString::fromStdString(r.error().describe())), true);
    refreshBackupList();
}

void SettingsPage::restoreFrom(const QString& backupFile)
{
    // Close our connection first, so the file can be replaced.
    m_state.db.reset();
    auto r = core::store::restoreDatabase(backupFile.toStdString(), m_state.dbPath);
    const bool reopened = m_state.reopenDatabase();
    if (!r) {
        showResult(tr("Restore failed, nothing was changed: %1").arg(QString::fromStdString(r.error().describe())), true);
        return;
    }
    if (!reopened) {
        showResult(tr("Restored, but the database cannot be opened: %1").arg(QString::fromStdString(m_state.dbError)),
                   true);
        return;
    }
    showResult(tr("Restored %1.").arg(QFileInfo(backupFile).fileName()), false);
    emit m_state.events->databaseReplaced();
}

void SettingsPage::resetProgressConfirmed()
{
    if (!m_state.db)
        return;
    auto b = core::store::backupDatabase(*m_state.db, backupFolder(m_state).toStdString(), core::SystemClock().now());
    if (!b) {
        showResult(tr("Nothing was reset: the backup before resetting failed: %1")
                       .arg(QString::fromStdString(b.error().describe())),
                   true);
        return;
    }
    auto r = core::store::resetProgress(*m_state.db);
    if (!r) {
        showResult(tr("Reset failed, nothing was changed: %1").arg(QString::fromStdString(r.error().describe())), true);
        return;
    }
    refreshBackupList();
    showResult(tr("Progress reset. The backup %1 holds what was there.").arg(QString::fromStdString(*b)), false);
    emit m_state.events->databaseReplaced();
}

} // namespace archdesk::ui
