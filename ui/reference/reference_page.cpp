#include "ui/reference/reference_page.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "core/catalog/price_store.h"
#include "ui/common/app_state.h"
#include "ui/common/page_header.h"
#include "ui/reference/instance_filter_model.h"
#include "ui/reference/instance_table_model.h"

namespace archdesk::ui {

namespace {

constexpr int kTopicRole = Qt::UserRole;     // index into m_topics, or -1 for the blueprints page
constexpr int kFamilyRole = Qt::UserRole + 1; // family id for family hits

QString yes(bool b) { return b ? QCoreApplication::translate("archdesk::ui::ReferencePage", "Yes") : QStringLiteral("—"); }

} // namespace

ReferencePage::ReferencePage(AppState& state, QWidget* parent) : QWidget(parent), m_state(state)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(makePageHeader(tr("Reference"),
                                     tr("EC2 instance families and prices, the 2016 feature matrix, load balancers, "
                                        "Auto Scaling, pricing models and the exam blueprints."),
                                     this));
    if (auto catalog = core::catalog::Catalog::load(state.dataDir))
        m_catalog = std::move(*catalog);
    else
        m_catalogError = QString::fromStdString(catalog.error().describe());
    if (auto topics = core::content::loadReferenceTopics(state.dataDir))
        m_topics = std::move(*topics);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildInstancesTab(), tr("Instances"));
    m_tabs->addTab(buildMatrixTab(), tr("2016 feature matrix"));
    m_tabs->addTab(buildTopicsTab(), tr("Topics"));
    layout->addWidget(m_tabs, 1);
}

ReferencePage::~ReferencePage() = default;

QWidget* ReferencePage::buildInstancesTab()
{
    auto* tab = new QWidget(this);
    auto* v = new QVBoxLayout(tab);
    if (!m_catalog) {
        auto* error = new QLabel(tr("The instance catalog could not be loaded: %1").arg(m_catalogError), tab);
        error->setWordWrap(true);
        v->addWidget(error);
        v->addStretch(1);
        return tab;
    }
    auto* filters = new QHBoxLayout();
    m_search = new QLineEdit(tab);
    m_search->setPlaceholderText(tr("Search instance types (e.g. m4.)"));
    m_search->setClearButtonEnabled(true);
    m_family = new QLineEdit(tab);
    m_family->setPlaceholderText(tr("Family"));
    m_family->setMaximumWidth(110);
    m_category = new QComboBox(tab);
    m_category->addItem(tr("All categories"), QString());
    for (const auto& c : core::catalog::Catalog::categories())
        m_category->addItem(InstanceTableModel::categoryLabel(c), QString::fromStdString(c));
    m_generation = new QComboBox(tab);
    m_generation->addItem(tr("All generations"), QString());
    m_generation->addItem(tr("Current"), QStringLiteral("current"));
    m_generation->addItem(tr("Previous"), QStringLiteral("previous"));
    m_region = new QComboBox(tab);
    m_region->setObjectName(QStringLiteral("regionSelector"));
    m_region->setToolTip(tr("Prices of this Region: the bundled prices are us-east-1's; other Regions come from "
                            "price files you import (File → Import prices…)."));
    auto* regionLabel = new QLabel(tr("Region:"), tab);
    regionLabel->setBuddy(m_region);
    m_count = new QLabel(tab);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_family);
    filters->addWidget(m_category);
    filters->addWidget(m_generation);
    filters->addWidget(regionLabel);
    filters->addWidget(m_region);
    filters->addWidget(m_count);
    v->addLayout(filters);

    m_model = new InstanceTableModel(*m_catalog, this);
    m_filter = new InstanceFilterModel(this);
    m_filter->setSourceModel(m_model);
    reloadPrices();

    auto* split = new QSplitter(Qt::Horizontal, tab);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("instanceTable"));
    m_table->setModel(m_filter);
    // Keep the catalog's own order (family, then size) until the user clicks a header.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed widths so that both price columns are in view at the default window size.
    const std::pair<int, int> widths[] = {{InstanceTableModel::Type, 100}, {InstanceTableModel::Family, 55},
                                          {InstanceTableModel::Category, 108}, {InstanceTableModel::Generation, 82},
                                          {InstanceTableModel::Vcpu, 42}, {InstanceTableModel::MemoryGib, 96},
                                          {InstanceTableModel::PriceHour, 84}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("instanceDetail"));
    // Sources are long unbroken paths; wrap them rather than scroll sideways.
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detail->setOpenExternalLinks(true);
    m_detail->setPlaceholderText(tr("Select an instance type to see its family."));
    split->addWidget(m_table);
    split->addWidget(m_detail);
    // The detail pane is wide enough for the Reserved price table without wrapping its cells.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 430});
    v->addWidget(split, 1);

    const auto updateCount = [this] {
        m_count->setText(tr("%n type(s)", nullptr, m_filter->rowCount()));
    };
    connect(m_search, &QLineEdit::textChanged, this, [this, updateCount](const QString& t) {
        m_filter->setSearch(t);
        updateCount();
    });
    connect(m_family, &QLineEdit::textChanged, this, [this, updateCount](const QString& t) {
        m_filter->setFamily(t);
        updateCount();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this, updateCount](int) {
        m_filter->setCategory(m_category->currentData().toString());
        updateCount();
    });
    connect(m_generation, &QComboBox::currentIndexChanged, this, [this, updateCount](int) {
        m_filter->setGeneration(m_generation->currentData().toString());
        updateCount();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_region->currentIndex() >= 0 && m_region->currentData().toString().toStdString() != m_model->region())
            showRegionPrices(); // the list of Regions is what it was: only an import changes it
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showFamilyDetails(current); });
    updateCount();
    // Open on the 2016 exam material: m4.large is the catalog's classic example.
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_filter->index(r, InstanceTableModel::Type).data().toString() == QLatin1String("m4.large")) {
            m_table->selectRow(r);
            m_table->scrollTo(m_filter->index(r, 0), QAbstractItemView::PositionAtCenter);
            break;
        }
    return tab;
}

void ReferencePage::fillRegions()
{
    // us-east-1 always (the bundled prices), then every Region the user's imports have prices for.
    const QString current = m_region->currentIndex() >= 0 ? m_region->currentData().toString()
                                                          : QStringLiteral("us-east-1");
    QStringList regions = {QStringLiteral("us-east-1")};
    if (m_state.db)
        if (auto priced = core::catalog::pricedRegions(*m_state.db, "linux"))
            for (const auto& r : *priced)
                if (!regions.contains(QString::fromStdString(r)))
                    regions << QString::fromStdString(r);
    const QSignalBlocker block(m_region);
    m_region->clear();
    for (const auto& r : regions)
        m_region->addItem(r, r);
    m_region->setCurrentIndex(std::max(0, static_cast<int>(regions.indexOf(current))));
}

void ReferencePage::reloadPrices()
{
    if (!m_model)
        return;
    fillRegions();
    showRegionPrices();
}

void ReferencePage::showRegionPrices()
{
    m_model->loadPrices(m_state.dataDir, m_state.db ? &*m_state.db : nullptr,
                        m_region->currentData().toString().toStdString());
    if (m_table)
        showFamilyDetails(m_table->currentIndex());
}

QString ReferencePage::familyMarkdown(const core::catalog::InstanceFamily& f) const
{
    QString md = tr("## %1 family\n\n").arg(QString::fromStdString(f.id).toUpper());
    if (!f.className.empty())
        md += tr("**Class:** %1  \n").arg(QString::fromStdString(f.className));
    md += tr("**Category:** %1  \n").arg(InstanceTableModel::categoryLabel(f.category));
    if (!f.processor.empty())
        md += tr("**Processor:** %1  \n").arg(QString::fromStdString(f.processor));
    if (f.clockGhz)
        md += tr("**Clock:** %1  \n").arg(f.clockNote.empty() ? QStringLiteral("%1 GHz").arg(*f.clockGhz)
                                                               : QString::fromStdString(f.clockNote));
    md += tr("**Generation:** %1\n\n").arg(QString::fromStdString(f.generation));
    if (!f.characteristics.empty()) {
        md += tr("### Characteristics\n\n");
        for (const auto& c : f.characteristics)
            md += QStringLiteral("- %1\n").arg(QString::fromStdString(c));
        md += '\n';
    }
    if (!f.useCases.empty()) {
        md += tr("### Use cases\n\n");
        for (const auto& u : f.useCases)
            md += QStringLiteral("- %1\n").arg(QString::fromStdString(u));
        md += '\n';
    }
    if (f.features) {
        const auto& r = *f.features;
        // A list, not a six-column table: the pane is narrow and the enhanced-networking cell is long.
        md += tr("### Feature matrix row\n\n");
        QString en = r.enhancedNetworking.empty() ? QStringLiteral("—") : QString::fromStdString(r.enhancedNetworking);
        for (const auto& [type, value] : f.enhancedNetworkingByType)
            en += QStringLiteral("; %1: %2").arg(QString::fromStdString(type), QString::fromStdString(value));
        const std::pair<QString, QString> rows[] = {
            {tr("VPC only"), yes(r.vpcOnly)},       {tr("EBS only"), yes(r.ebsOnly)},
            {tr("SSD volumes"), yes(r.ssdVolumes)}, {tr("Placement group"), yes(r.placementGroup)},
            {tr("HVM only"), yes(r.hvmOnly)},       {tr("Enhanced networking"), en},
        };
        for (const auto& [label, value] : rows)
            md += QStringLiteral("- **%1:** %2\n").arg(label, value);
        md += '\n';
    }
    if (!f.sources.empty()) {
        md += tr("### Sources\n\n");
        for (const auto& s : f.sources)
            md += QStringLiteral("- %1\n").arg(QString::fromStdString(s));
    } else if (!f.source.empty()) {
        md += tr("*Source: %1*\n").arg(QString::fromStdString(f.source));
    }
    return md;
}

void ReferencePage::showFamilyDetails(const QModelIndex& proxyIndex)
{
    if (!m_detail || !proxyIndex.isValid())
        return;
    const int sourceRow = m_filter->mapToSource(proxyIndex).row();
    const auto* type = m_model->typeAt(sourceRow);
    if (!type)
        return;
    QString md = tr("# %1\n\n%2 vCPU, %3 GiB memory, network %4")
                     .arg(QString::fromStdString(type->name))
                     .arg(type->vcpu)
                     .arg(type->memoryGib)
                     .arg(QString::fromStdString(type->networkPerformance));
    if (!type->storage.empty())
        md += tr(", storage %1").arg(QString::fromStdString(type->storage));
    md += QStringLiteral("\n\n");
    md += pricesMarkdown(sourceRow);
    if (const auto* fam = m_catalog->family(type->family))
        md += familyMarkdown(*fam);
    m_detail->setMarkdown(md);
}

QString ReferencePage::pricesMarkdown(int sourceRow) const
{
    const QString region = QString::fromStdString(m_model->region());
    QString md = tr("### Prices in %1 (Linux)\n\n").arg(region);
    const auto* price = m_model->priceAt(sourceRow);
    const auto sourceOf = [](const std::string& source, const std::string& date) {
        return tr("%1, prices of %2").arg(QString::fromStdString(source), QString::fromStdString(date));
    };
    if (price && price->onDemandHourly)
        md += tr("**On-Demand:** $%1 per hour, $%L2 per month  \n*%3*\n\n")
                  .arg(*price->onDemandHourly, 0, 'f', 4)
                  .arg(*price->onDemandHourly * InstanceTableModel::kHoursPerMonth, 0, 'f', 2)
                  .arg(sourceOf(price->source, price->date));
    else
        md += tr("**On-Demand:** no price known in %1.\n\n").arg(region);
    if (!price || price->reserved.empty()) {
        md += tr("**Reserved:** no prices known in %1; import an AWS offer file (File → Import prices…) for the "
                 "1- and 3-year terms.\n\n")
                  .arg(region);
        return md;
    }
    const auto className = [](const std::string& c) { return c == "standard" ? tr("Standard") : tr("Convertible"); };
    const auto payment = [](const std::string& p) {
        return p == "no_upfront" ? tr("No Upfront") : p == "partial_upfront" ? tr("Partial Upfront") : tr("All Upfront");
    };
    md += tr("**Reserved:**\n\n| Term | Payment | Upfront | Hourly | Effective hourly |\n|---|---|---:|---:|---:|\n");
    for (const auto& r : price->reserved)
        md += QStringLiteral("| %1 | %2 | $%3 | $%4 | $%5 |\n")
                  .arg(tr("%n yr %1", nullptr, r.termYears).arg(className(r.offeringClass)), payment(r.payment))
                  .arg(r.upfront, 0, 'f', 2)
                  .arg(r.hourly, 0, 'f', 4)
                  .arg(r.effectiveHourly(), 0, 'f', 4);
    const bool ownSource = !price->reservedSource.empty();
    md += QStringLiteral("\n*%1*  \n")
              .arg(ownSource ? sourceOf(price->reservedSource, price->reservedDate) : sourceOf(price->source, price->date));
    md += tr("*Effective hourly = upfront / term hours (8,760 per year) + hourly.*\n\n");
    return md;
}

QWidget* ReferencePage::buildMatrixTab()
{
    auto* tab = new QWidget(this);
    auto* v = new QVBoxLayout(tab);
    auto* note = new QLabel(tr("Networking and storage features of the December-2016 instance families, as in the EC2 "
                               "User Guide of that time."),
                            tab);
    note->setWordWrap(true);
    v->addWidget(note);
    auto* table = new QTableWidget(tab);
    table->setObjectName(QStringLiteral("featureMatrix"));
    const QStringList headers = {tr("Family"),          tr("Class"),    tr("VPC only"),
                                 tr("EBS only"),        tr("SSD volumes"), tr("Placement group"),
                                 tr("HVM only"),        tr("Enhanced networking")};
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    const auto families = m_catalog ? m_catalog->examFamilies() : std::vector<const core::catalog::InstanceFamily*>{};
    table->setRowCount(static_cast<int>(families.size()));
    for (int r = 0; r < static_cast<int>(families.size()); ++r) {
        const auto& f = *families[static_cast<std::size_t>(r)];
        const auto& row = *f.features;
        QString en = row.enhancedNetworking.empty() ? QStringLiteral("—") : QString::fromStdString(row.enhancedNetworking);
        for (const auto& [type, value] : f.enhancedNetworkingByType)
            en += QStringLiteral("; %1: %2").arg(QString::fromStdString(type), QString::fromStdString(value));
        const QStringList cells = {QString::fromStdString(f.id).toUpper(), QString::fromStdString(f.className),
                                   yes(row.vpcOnly), yes(row.ebsOnly), yes(row.ssdVolumes), yes(row.placementGroup),
                                   yes(row.hvmOnly), en};
        for (int c = 0; c < static_cast<int>(cells.size()); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (c >= 2 && c <= 6)
                item->setTextAlignment(Qt::AlignCenter);
            table->setItem(r, c, item);
        }
    }
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    table->resizeColumnsToContents();
    table->setColumnWidth(1, 200);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeRowsToContents();
    v->addWidget(table, 1);
    return tab;
}

QString ReferencePage::blueprintsMarkdown() const
{
    QString md = tr("# Exam blueprints\n\n");
    for (const auto& b : m_state.content.content.blueprints) {
        md += tr("## %1\n\n%2 questions (%3 scored), %4 minutes, passing scaled score %5.\n\n")
                  .arg(QString::fromStdString(b.name))
                  .arg(b.questions)
                  .arg(b.scored)
                  .arg(b.minutes)
                  .arg(b.passingScaled);
        md += tr("| domain | weight |\n|---|---|\n");
        for (const auto& d : b.domains)
            md += QStringLiteral("| %1 | %2 % |\n").arg(QString::fromStdString(d.name)).arg(d.weight * 100, 0, 'f', 0);
        md += '\n';
        for (const auto& d : b.domains) {
            if (d.tasks.empty())
                continue;
            md += QStringLiteral("**%1**\n\n").arg(QString::fromStdString(d.name));
            for (const auto& t : d.tasks)
                md += QStringLiteral("- %1 %2\n").arg(QString::fromStdString(t.id), QString::fromStdString(t.text));
            md += '\n';
        }
    }
    return md;
}

QWidget* ReferencePage::buildTopicsTab()
{
    auto* tab = new QWidget(this);
    auto* v = new QVBoxLayout(tab);
    m_topicSearch = new QLineEdit(tab);
    m_topicSearch->setPlaceholderText(tr("Search topics, blueprints and instance families"));
    m_topicSearch->setClearButtonEnabled(true);
    m_topicSearch->setObjectName(QStringLiteral("topicSearch"));
    v->addWidget(m_topicSearch);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    m_topicList = new QListWidget(split);
    m_topicList->setObjectName(QStringLiteral("topicList"));
    m_topicList->setWordWrap(true);
    m_topicList->setSpacing(2);
    m_topicView = new QTextBrowser(split);
    m_topicView->setOpenExternalLinks(true);
    split->addWidget(m_topicList);
    split->addWidget(m_topicView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({250, 700});
    v->addWidget(split, 1);
    connect(m_topicSearch, &QLineEdit::textChanged, this, &ReferencePage::runTopicSearch);
    connect(m_topicList, &QListWidget::currentRowChanged, this, &ReferencePage::showTopicItem);
    runTopicSearch({});
    return tab;
}

void ReferencePage::runTopicSearch(const QString& rawText)
{
    const QString text = rawText.trimmed();
    m_topicList->clear();
    const auto matches = [&](const QString& haystack) { return text.isEmpty() || haystack.contains(text, Qt::CaseInsensitive); };
    for (int i = 0; i < static_cast<int>(m_topics.size()); ++i) {
        const auto& t = m_topics[static_cast<std::size_t>(i)];
        if (matches(QString::fromStdString(t.title)) || matches(QString::fromStdString(t.body))) {
            auto* item = new QListWidgetItem(QString::fromStdString(t.title), m_topicList);
            item->setData(kTopicRole, i);
        }
    }
    if (matches(blueprintsMarkdown())) {
        auto* item = new QListWidgetItem(tr("Exam blueprints"), m_topicList);
        item->setData(kTopicRole, -1);
    }
    // Instance families join the results only when searching, so the plain list stays a table of contents.
    if (!text.isEmpty() && m_catalog) {
        for (const auto& f : m_catalog->families())
            if (matches(familyMarkdown(f))) {
                auto* item = new QListWidgetItem(tr("Instance family %1").arg(QString::fromStdString(f.id)), m_topicList);
                item->setData(kTopicRole, -2);
                item->setData(kFamilyRole, QString::fromStdString(f.id));
            }
    }
    if (m_topicList->count() == 0)
        m_topicView->setMarkdown(tr("Nothing matches “%1”.").arg(text));
    else
        m_topicList->setCurrentRow(0);
}

void ReferencePage::showTopicItem(int row)
{
    auto* item = m_topicList->item(row);
    if (!item)
        return;
    const int topic = item->data(kTopicRole).toInt();
    QString md;
    if (topic >= 0) {
        const auto& t = m_topics[static_cast<std::size_t>(topic)];
        md = QString::fromStdString(t.body);
        if (!t.references.empty()) {
            md += tr("\n### References\n\n");
            for (const auto& r : t.references)
                md += QStringLiteral("- <%1>\n").arg(QString::fromStdString(r));
        }
    } else if (topic == -1) {
        md = blueprintsMarkdown();
    } else if (m_catalog) {
        if (const auto* f = m_catalog->family(item->data(kFamilyRole).toString().toStdString()))
            md = familyMarkdown(*f);
    }
    m_topicView->setMarkdown(md);
    const QString text = m_topicSearch->text().trimmed();
    if (!text.isEmpty())
        m_topicView->find(text);
}

} // namespace archdesk::ui
