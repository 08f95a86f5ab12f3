#pragma once

#include "discoveryjob.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

namespace lab {

/// Runs one DiscoveryJob in the thread it is moved to: prepares the samples (simulating the
/// system when needed), runs discovery::runSearch() and reports snapshots of the front through
/// queued signals, at most 10 times a second. The caller stops the search by setting the flag
/// of the shared SearchControl directly, from any thread. The search checks it between cycles
/// and then refits the front it has, so a stopped search still ends with finished(). The worker
/// emits exactly one of finished() or failed().
class DiscoveryWorker : public QObject
{
    Q_OBJECT

public:
    DiscoveryWorker(DiscoveryJob job, std::shared_ptr<discovery::SearchControl> control);
    ~DiscoveryWorker() override;

public slots:
    /// Runs the whole job and then quits the current thread's event loop.
    void run();

signals:
    /// The data runs, for the phase portrait and for rollouts of candidates, sent once before
    /// the search starts.
    void dataReady(const lab::PhaseSnapshot& data);
    void progressed(const lab::DiscoverySnapshot& snapshot);
    void finished(const lab::DiscoverySnapshot& snapshot);
    void failed(const lab::Error& error);

private:
    Result<discovery::MotionSamples> prepareSamples();
    discovery::MotionSamples teacherSamples() const;
    void search(const discovery::MotionSamples& samples);
    void handleProgress(const discovery::SearchProgress& progress);

    DiscoveryJob m_job;
    std::shared_ptr<discovery::SearchControl> m_control;
    std::vector<Coordinate> m_coordinates;
    symbolic::SymbolTable m_symbols;
    QElapsedTimer m_sinceProgress;
};

/// States drawn uniformly from the box of a network's input normalisation, mean +- sqrt(3)
/// standard deviations per variable, which covers states between and beyond the training data.
std::vector<Eigen::VectorXd> drawTeacherStates(const Eigen::VectorXd& mean,
                                               const Eigen::VectorXd& scale, int count,
                                               std::uint64_t seed);

} // namespace lab
