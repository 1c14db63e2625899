#pragma once
// SettingsPage: theme, language, study limits, exam date, where the data lives, backup/restore/reset.

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QDateEdit;
class QCheckBox;
class QLabel;

namespace archdesk::ui {

struct AppState;

class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(AppState& state, QWidget* parent = nullptr);

    // The folder that holds the automatic and manual backups (next to the database).
    static QString backupFolder(const AppState& state);

    // Runs the daily backup when none exists for today; returns a message for the status bar, or empty.
    static QString runDailyBackup(AppState& state);

public slots:
    void backupNow();
    void restoreFrom(const QString& backupFile);
    void resetProgressConfirmed();

private:
    void saveFromControls();
    void refreshBackupList();
    void showResult(const QString& text, bool error);

    AppState& m_state;
    bool m_loading = false;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QDoubleSpinBox* m_retention = nullptr;
    QSpinBox* m_newPerDay = nullptr;
    QSpinBox* m_reviewsPerDay = nullptr;
    QComboBox* m_blueprint = nullptr;
    QCheckBox* m_hasExamDate = nullptr;
    QCheckBox* m_fuzz = nullptr;
    QDateEdit* m_examDate = nullptr;
    QComboBox* m_backups = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace archdesk::ui
