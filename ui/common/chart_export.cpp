#include "ui/common/chart_export.h"

#include <QChartView>
#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>

namespace archdesk::ui {

bool exportChartView(QChartView* view, const QString& file)
{
    if (!view->isVisible() || view->width() < 300 || view->height() < 200)
        view->resize(QSize(900, 500));
    if (file.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(file);
        const QSize size = view->size();
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        view->render(&painter);
        painter.end();
        return QFileInfo(file).size() > 0;
    }
    return view->grab().save(file, "PNG");
}

} // namespace archdesk::ui
