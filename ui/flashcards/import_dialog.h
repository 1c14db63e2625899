#pragma once
// ImportDialog: a preview of a CSV/TSV/JSON card file with the column mapping and every problem by line.

#include <QDialog>
#include <vector>

#include "core/study/card_import.h"

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace archdesk::ui {

class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString& path, QWidget* parent = nullptr);

    // The cards the current mapping gives, and the problems (line, message).
    const core::study::ImportResult& result() const { return m_result; }
    bool isTable() const { return m_isTable; }
    void setMapping(const core::study::ColumnMapping& mapping);

private:
    void recompute();

    bool m_isTable = false;
    core::study::DelimitedTable m_table;
    core::study::ImportResult m_result;
    QComboBox* m_front = nullptr;
    QComboBox* m_back = nullptr;
    QComboBox* m_tags = nullptr;
    QComboBox* m_services = nullptr;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QLabel* m_summary;
};

} // namespace archdesk::ui
