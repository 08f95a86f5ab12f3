#include "exportableplot.h"

#include "errordialog.h"
#include "logging.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <array>

namespace lab {

namespace {

QString lastExportDirectory()
{
    static const QString pictures =
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

QString& rememberedDirectory()
{
    static QString directory;
    return directory;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString columnHeader(const QString& name, const QCPAxis* axis, const QString& fallbackAxis)
{
    const QString label = axis && !axis->label().isEmpty() ? axis->label() : fallbackAxis;
    return csvField(name + QStringLiteral(": ") + label);
}

// The (x, y) points of a graph or curve. A QCPCurve's main key is its parameter t, so its
// points are read from the data directly.
std::vector<QPointF> plottablePoints(QCPAbstractPlottable* item)
{
    std::vector<QPointF> points;
    if (const auto* curve = qobject_cast<const QCPCurve*>(item)) {
        for (const QCPCurveData& point : *curve->data())
            points.emplace_back(point.key, point.value);
        return points;
    }
    if (const QCPPlottableInterface1D* data = item->interface1D()) {
        for (int i = 0; i < data->dataCount(); ++i)
            points.emplace_back(data->dataMainKey(i), data->dataMainValue(i));
    }
    return points;
}

Error notWritable(const QString& path, const QString& reason)
{
    return Error{.kind = ErrorKind::FileNotWritable, .file = path, .text = reason};
}

} // namespace

ExportablePlot::ExportablePlot(QWidget* parent) : QCustomPlot(parent)
{
    setAntialiasedElements(QCP::aeAll);
    setNoAntialiasingOnDrag(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setMinimumSize(320, 220);
}

void ExportablePlot::setTitle(const QString& title)
{
    if (!m_title) {
        plotLayout()->insertRow(0);
        m_title = new QCPTextElement(this, title,
                                     QFont(font().family(), font().pointSize() + 1, QFont::Bold));
        plotLayout()->addElement(0, 0, m_title);
    }
    m_title->setText(title);
    replot(rpQueuedReplot);
}

QString ExportablePlot::title() const
{
    return m_title ? m_title->text() : QString();
}

void ExportablePlot::setExportName(const QString& name)
{
    m_exportName = name;
}

QString ExportablePlot::suffix(PlotFormat format)
{
    switch (format) {
    case PlotFormat::Png:
        return QStringLiteral("png");
    case PlotFormat::Svg:
        return QStringLiteral("svg");
    case PlotFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QSize ExportablePlot::exportSize() const
{
    // A plot squeezed on screen is still exported at a size that reads well in a report.
    return size().expandedTo(QSize(640, 400));
}

Status ExportablePlot::exportTo(const QString& path, PlotFormat format)
{
    // QCustomPlot's save functions return no reason, so opening the file first finds it.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return notWritable(path, probe.errorString());
    probe.close();

    const QSize size = exportSize();
    bool written = false;
    switch (format) {
    case PlotFormat::Png:
        written = savePng(path, size.width(), size.height(), 2.0);
        break;
    case PlotFormat::Svg:
        written = writeSvg(path, size);
        break;
    case PlotFormat::Pdf:
        written = savePdf(path, size.width(), size.height(), QCP::epNoCosmetic,
                          QCoreApplication::applicationName(), title());
        break;
    }
    if (!written || QFileInfo(path).size() == 0) {
        qCWarning(lcPlots) << "export to" << path << "failed";
        return notWritable(path, tr("the plot could not be drawn into the file"));
    }
    qCInfo(lcPlots) << "exported" << objectName() << "to" << path;
    emit exported(path);
    return Success{};
}

bool ExportablePlot::writeSvg(const QString& path, QSize size)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title());
    generator.setDescription(tr("Plot exported from Lagrangian Lab"));

    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    toPainter(&painter, size.width(), size.height());
    return painter.end();
}

QString ExportablePlot::proposedPath(PlotFormat format) const
{
    QString directory = rememberedDirectory();
    if (directory.isEmpty())
        directory = lastExportDirectory();
    return QDir(directory).filePath(m_exportName + QLatin1Char('.') + suffix(format));
}

QString ExportablePlot::fileFilter(PlotFormat format)
{
    const QString extension = suffix(format);
    return tr("%1 files (*.%2)").arg(extension.toUpper(), extension);
}

void ExportablePlot::exportChosenFile(QString path, PlotFormat format)
{
    if (path.isEmpty())
        return;
    const QString extension = suffix(format);
    if (QFileInfo(path).suffix().compare(extension, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + extension;
    rememberedDirectory() = QFileInfo(path).absolutePath();

    const Status status = exportTo(path, format);
    if (!status)
        showErrorBox(this, tr("Export failed"), status.error());
}

void ExportablePlot::exportWithDialog(PlotFormat format)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plot"), proposedPath(format),
                                                      fileFilter(format));
    exportChosenFile(path, format);
}

void ExportablePlot::exportWithDialog()
{
    const std::array formats = {PlotFormat::Png, PlotFormat::Svg, PlotFormat::Pdf};
    QStringList filters;
    for (PlotFormat format : formats)
        filters << fileFilter(format);
    QString chosenFilter = filters.front();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export plot"), proposedPath(PlotFormat::Png),
                                     filters.join(QStringLiteral(";;")), &chosenFilter);
    PlotFormat format = formats.at(std::max<qsizetype>(0, filters.indexOf(chosenFilter)));
    for (PlotFormat candidate : formats) {
        if (QFileInfo(path).suffix().compare(suffix(candidate), Qt::CaseInsensitive) == 0)
            format = candidate;
    }
    exportChosenFile(path, format);
}

QString ExportablePlot::dataAsCsv()
{
    QStringList header;
    std::vector<std::vector<QPointF>> columns;
    std::size_t rows = 0;
    for (int i = 0; i < plottableCount(); ++i) {
        QCPAbstractPlottable* item = plottable(i);
        std::vector<QPointF> points = plottablePoints(item);
        const QString name =
            item->name().isEmpty() ? QStringLiteral("graph %1").arg(i + 1) : item->name();
        header << columnHeader(name, item->keyAxis(), QStringLiteral("x"))
               << columnHeader(name, item->valueAxis(), QStringLiteral("y"));
        rows = std::max(rows, points.size());
        columns.push_back(std::move(points));
    }

    QStringList lines{header.join(QLatin1Char(','))};
    for (std::size_t row = 0; row < rows; ++row) {
        QStringList cells;
        for (const std::vector<QPointF>& points : columns) {
            const bool present = row < points.size();
            cells << (present ? QString::number(points[row].x(), 'g', 17) : QString())
                  << (present ? QString::number(points[row].y(), 'g', 17) : QString());
        }
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status ExportablePlot::exportCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return notWritable(path, file.errorString());
    const QByteArray text = dataAsCsv().toUtf8();
    if (file.write(text) != text.size())
        return notWritable(path, file.errorString());
    qCInfo(lcPlots) << "exported the data of" << objectName() << "to" << path;
    emit exported(path);
    return Success{};
}

void ExportablePlot::exportCsvWithDialog()
{
    QString directory = rememberedDirectory();
    if (directory.isEmpty())
        directory = lastExportDirectory();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export plot data"),
        QDir(directory).filePath(m_exportName + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".csv");
    rememberedDirectory() = QFileInfo(path).absolutePath();
    const Status status = exportCsv(path);
    if (!status)
        showErrorBox(this, tr("Export failed"), status.error());
}

QMenu* ExportablePlot::createContextMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->addAction(tr("Export as PNG…"), this, [this] { exportWithDialog(PlotFormat::Png); });
    menu->addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(PlotFormat::Svg); });
    menu->addAction(tr("Export as PDF…"), this, [this] { exportWithDialog(PlotFormat::Pdf); });
    menu->addSeparator();
    menu->addAction(tr("Export data as CSV…"), this, &ExportablePlot::exportCsvWithDialog);
    return menu;
}

void ExportablePlot::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

} // namespace lab
