#pragma once

#include "exportableplot.h"
#include "trainingjob.h"

namespace lab {

/// Training and validation loss against epoch on a logarithmic axis, appended to live.
class LossPlot : public ExportablePlot
{
    Q_OBJECT

public:
    explicit LossPlot(QWidget* parent = nullptr);

    void clear();
    /// Adds the records and redraws. Losses that are not positive and finite are left out,
    /// because a logarithmic axis cannot show them.
    void appendRecords(const lab::LossRecords& records);

    QCPGraph* trainingGraph() const { return m_training; }
    QCPGraph* validationGraph() const { return m_validation; }

private:
    void addPoint(QCPGraph* graph, double epoch, double loss);
    void rescale();

    QCPGraph* m_training = nullptr;
    QCPGraph* m_validation = nullptr;
    double m_lowest = 0.0;
    double m_highest = 0.0;
    double m_lastEpoch = 0.0;
};

} // namespace lab
