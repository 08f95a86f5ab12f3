#pragma once

#include "common/result.h"

#include <qcustomplot.h>

class QMenu;

namespace lab {

enum class PlotFormat
{
    Png,
    Svg,
    Pdf
};

/// A QCustomPlot with a title and a context menu that exports the plot as PNG, SVG or PDF, or
/// its data as CSV.
class ExportablePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ExportablePlot(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;

    /// File name, without suffix, that the save dialog proposes, e.g. "loss".
    void setExportName(const QString& name);

    /// Writes the plot to path at its on-screen size, but at least 640 x 400 pixels. PNG is
    /// rendered at twice the pixel density. Fails with FileNotWritable.
    Status exportTo(const QString& path, PlotFormat format);

    /// Asks for a file name in a save dialog, exports and shows failures in a message box.
    void exportWithDialog(PlotFormat format);
    /// Same as exportWithDialog(PlotFormat), but offers all formats. The file name's suffix or
    /// the chosen filter selects the format.
    void exportWithDialog();

    /// Formats the data of every plottable as CSV: an x and a y column per plottable, headed
    /// "NAME: AXIS LABEL" (the plottable's name, else "graph N"), one row per data point. Shorter
    /// columns are left empty below their last point.
    QString dataAsCsv();
    /// Writes dataAsCsv() to path. Fails with FileNotWritable.
    Status exportCsv(const QString& path);
    /// Asks for a file name in a save dialog, writes the CSV and shows failures in a message box.
    void exportCsvWithDialog();

    /// Creates the context menu with one export action per format and one for the data as CSV.
    /// The caller owns it.
    QMenu* createContextMenu(QWidget* parent);

    /// File name suffix of a format, without the dot: "png", "svg" or "pdf".
    static QString suffix(PlotFormat format);
    /// Save-dialog filter of a format, e.g. "PNG files (*.png)".
    static QString fileFilter(PlotFormat format);

signals:
    void exported(const QString& path);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QSize exportSize() const;
    bool writeSvg(const QString& path, QSize size);
    QString proposedPath(PlotFormat format) const;
    void exportChosenFile(QString path, PlotFormat format);

    QCPTextElement* m_title = nullptr;
    QString m_exportName = QStringLiteral("plot");
};

} // namespace lab
