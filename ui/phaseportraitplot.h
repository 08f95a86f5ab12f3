#pragma once

#include "exportableplot.h"
#include "trainingjob.h"

#include <QList>

namespace lab {

/// Phase portrait of one coordinate: velocity against position. The data are drawn as grey
/// dots, the model's rollouts as coloured lines and an extra run as a dashed line. Each run is a
/// QCPCurve, because q(t) is not a function of q. The axes fit the data, so a runaway rollout
/// cannot hide them.
class PhasePortraitPlot : public ExportablePlot
{
    Q_OBJECT

public:
    explicit PhasePortraitPlot(QWidget* parent = nullptr);

    void clear();
    /// Replaces the data runs and removes the rollouts, which belong to the old data.
    void setData(const lab::PhaseSnapshot& snapshot);
    void setRollouts(const lab::PhaseSnapshot& rollouts);
    /// Shows one more run, such as a symbolic candidate's rollout, as a dashed line named label.
    /// Replaces the previous one. New data or clear() remove it.
    void setExtraRun(const lab::Trajectory& run, const QString& label);
    void clearExtraRun();
    /// Chooses the coordinate shown by its 0-based index and ignores indices out of range.
    void setCoordinate(int index);

    int coordinate() const { return m_coordinate; }
    const PhaseSnapshot& dataSnapshot() const { return m_data; }
    int dataCurveCount() const { return static_cast<int>(m_dataCurves.size()); }
    int rolloutCurveCount() const { return static_cast<int>(m_rolloutCurves.size()); }
    int extraCurveCount() const { return m_extraCurve ? 1 : 0; }
    QString extraRunLabel() const { return m_extraLabel; }
    /// Number of points in all data curves together.
    int dataPointCount() const;

private:
    void placeLegendBelow();
    void rebuildData();
    void rebuildRollouts();
    void rebuildExtraRun();
    void removeCurves(QList<QCPCurve*>& curves);
    QCPCurve* addRunCurve(const Trajectory& run);
    void updateAxes();

    PhaseSnapshot m_data;
    PhaseSnapshot m_rollouts;
    QList<QCPCurve*> m_dataCurves;
    QList<QCPCurve*> m_rolloutCurves;
    Trajectory m_extraRun;
    QString m_extraLabel;
    QCPCurve* m_extraCurve = nullptr;
    int m_coordinate = 0;
};

} // namespace lab
