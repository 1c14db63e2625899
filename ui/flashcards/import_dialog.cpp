#include "ui/flashcards/import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/util/json_file.h"

namespace archdesk::ui {

ImportDialog::ImportDialog(const QString& path, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import cards from %1").arg(QFileInfo(path).fileName()));
    resize(860, 600);
    auto* layout = new QVBoxLayout(this);
    const std::string file = path.toStdString();
    auto text = core::readTextFile(file);
    m_isTable = !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!text) {
        m_result.problems.push_back({0, text.error().describe()});
    } else if (m_isTable) {
        m_table = core::study::parseDelimited(*text, file);
        auto* form = new QFormLayout();
        const auto combo = [&](int current) {
            auto* c = new QComboBox(this);
            c->addItem(tr("(none)"), -1);
            for (std::size_t i = 0; i < m_table.header.size(); ++i)
                c->addItem(tr("Column %1: %2").arg(i + 1).arg(QString::fromStdString(m_table.header[i])),
                           static_cast<int>(i));
            c->setCurrentIndex(c->findData(current));
            connect(c, &QComboBox::currentIndexChanged, this, &ImportDialog::recompute);
            return c;
        };
        m_front = combo(m_table.mapping.front);
        m_back = combo(m_table.mapping.back);
        m_tags = combo(m_table.mapping.tags);
        m_services = combo(m_table.mapping.services);
        form->addRow(tr("Front"), m_front);
        form->addRow(tr("Back"), m_back);
        form->addRow(tr("Tags"), m_tags);
        form->addRow(tr("Services"), m_services);
        layout->addLayout(form);
    } else {
        m_result = core::study::cardsFromJson(*text, file);
    }
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->setWordWrap(false);
    layout->addWidget(m_preview, 3);
    layout->addWidget(new QLabel(tr("Problems (these rows are left out):"), this));
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    layout->addWidget(m_problems, 1);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    recompute();
}

void ImportDialog::setMapping(const core::study::ColumnMapping& mapping)
{
    if (!m_isTable)
        return;
    m_front->setCurrentIndex(m_front->findData(mapping.front));
    m_back->setCurrentIndex(m_back->findData(mapping.back));
    m_tags->setCurrentIndex(m_tags->findData(mapping.tags));
    m_services->setCurrentIndex(m_services->findData(mapping.services));
    recompute();
}

void ImportDialog::recompute()
{
    if (m_isTable && m_front) {
        core::study::ColumnMapping m;
        m.front = m_front->currentData().toInt();
        m.back = m_back->currentData().toInt();
        m.tags = m_tags->currentData().toInt();
        m.services = m_services->currentData().toInt();
        m_result = core::study::cardsFromTable(m_table, m);
    }
    const int shown = std::min<int>(50, static_cast<int>(m_result.cards.size()));
    m_preview->clear();
    m_preview->setColumnCount(3);
    m_preview->setHorizontalHeaderLabels({tr("Front"), tr("Back"), tr("Tags")});
    m_preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const auto& c = m_result.cards[static_cast<std::size_t>(i)];
        QStringList tags;
        for (const auto& t : c.tags)
            tags << QString::fromStdString(t);
        m_preview->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(c.front)));
        m_preview->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(c.back)));
        m_preview->setItem(i, 2, new QTableWidgetItem(tags.join(QLatin1Char(' '))));
    }
    m_problems->clear();
    for (const auto& p : m_result.problems)
        m_problems->addItem(p.line > 0 ? tr("line %1: %2").arg(p.line).arg(QString::fromStdString(p.message))
                                       : QString::fromStdString(p.message));
    m_summary->setText(tr("%n card(s) ready to import", nullptr, static_cast<int>(m_result.cards.size())) +
                       (m_result.problems.empty() ? QString()
                                                  : tr(", %n problem(s)", nullptr,
                                                       static_cast<int>(m_result.problems.size()))));
}

} // namespace archdesk::ui
