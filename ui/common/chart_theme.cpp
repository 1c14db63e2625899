#include "ui/common/chart_theme.h"

#include <QChart>

#include "ui/settings/theme.h"

namespace archdesk::ui {

void applyChartTheme(QChart* chart)
{
    chart->setTheme(isDarkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
}

} // namespace archdesk::ui
