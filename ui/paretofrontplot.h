#pragma once

#include "discovery/search.h"
#include "exportableplot.h"

namespace lab {

/// The accuracy-versus-complexity front of a search: loss on a logarithmic axis against the
/// number of nodes. The front is a step line with a dot per candidate, the pick a large red
/// disc, alternatives hollow diamonds and the selected candidate a ring.
class ParetoFrontPlot : public ExportablePlot
{
    Q_OBJECT

public:
    explicit ParetoFrontPlot(QWidget* parent = nullptr);

    void clear();
    void setFront(const discovery::ParetoFront& front);
    /// Rings the candidate with this index of the last front; -1 removes the ring.
    void setSelected(int index);

    QCPGraph* frontGraph() const { return m_front; }
    QCPGraph* pickGraph() const { return m_pick; }
    QCPGraph* selectedGraph() const { return m_selected; }

private:
    QCPGraph* addMarkerGraph(const QString& name, const QCPScatterStyle& style);
    void rescale();

    discovery::ParetoFront m_frontData;
    QCPGraph* m_front = nullptr;
    QCPGraph* m_alternatives = nullptr;
    QCPGraph* m_pick = nullptr;
    QCPGraph* m_selected = nullptr;
};

/// Loss as drawn on a logarithmic axis: values below 1e-16, including 0, are raised to 1e-16.
double plottedLoss(double loss);

} // namespace lab
