#include "runreport.h"

#include "analysis/oscillation.h"
#include "lnn/rollout.h"
#include "phaseportraitplot.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <cmath>

namespace lab::cli {

namespace {

Error notWritable(const QFile& file)
{
    return Error{
        .kind = ErrorKind::FileNotWritable, .file = file.fileName(), .text = file.errorString()};
}

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::MaxEpochs:
        return QStringLiteral("max_epochs");
    case StopReason::EarlyStopping:
        return QStringLiteral("early_stopping");
    case StopReason::TimeLimit:
        return QStringLiteral("time_limit");
    case StopReason::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

PhaseSnapshot snapshotOf(const std::vector<Coordinate>& coordinates,
                         const std::vector<Trajectory>& runs)
{
    PhaseSnapshot snapshot;
    snapshot.coordinates = coordinates;
    snapshot.runs = runs;
    return snapshot;
}

} // namespace

Status writeLossCsv(const QString& path, const std::vector<LossRecord>& history)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return notWritable(file);
    QTextStream out(&file);
    out << "epoch,training_loss,validation_loss,learning_rate,seconds\n";
    for (const LossRecord& r : history) {
        out << r.epoch << ',' << QString::number(r.training, 'g', 8) << ','
            << QString::number(r.validation, 'g', 8) << ','
            << QString::number(r.learningRate, 'g', 6) << ',' << QString::number(r.seconds, 'f', 3)
            << '\n';
    }
    return Success{};
}

Status writeJson(const QString& path, const QJsonObject& object)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return notWritable(file);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    return Success{};
}

Status writePhasePortrait(const QString& path, const Dataset& dataset,
                          const LagrangianNetwork& network, int epoch)
{
    const std::vector<Trajectory>& runs =
        dataset.validation.empty() ? dataset.training : dataset.validation;
    const std::vector<Trajectory> shown(
        runs.begin(), runs.begin() + std::min<std::ptrdiff_t>(std::ssize(runs), 3));
    PhasePortraitPlot plot;
    plot.resize(900, 600);
    plot.setData(snapshotOf(dataset.coordinates, shown));
    Result<std::vector<Trajectory>> rollouts = rolloutFromData(network, shown, 3, 20.0);
    if (rollouts.ok()) {
        PhaseSnapshot snapshot = snapshotOf(dataset.coordinates, *rollouts);
        snapshot.epoch = epoch;
        plot.setRollouts(snapshot);
    }
    return plot.exportTo(path, PlotFormat::Png);
}

std::optional<QJsonObject> comparePeriods(const Trajectory& run, const LagrangianNetwork& network,
                                          int periods)
{
    if (run.dof() != 1 || run.samples() < 3)
        return std::nullopt;
    const std::optional<double> rough = estimatePeriod(run.t, run.q.col(0));
    if (!rough)
        return std::nullopt;

    const double span = std::min(run.t[run.samples() - 1] - run.t[0], periods * *rough);
    int count = 0;
    while (count < run.samples() && run.t[count] <= run.t[0] + span)
        ++count;
    const Trajectory window = run.slice(0, count);
    const std::optional<double> measured = estimatePeriod(window.t, window.q.col(0));
    Result<std::vector<Trajectory>> rollout = rolloutFromData(network, {window}, 1, span);
    if (!measured || !rollout.ok())
        return std::nullopt;
    const Trajectory& model = rollout->front();
    const std::optional<double> predicted = estimatePeriod(model.t, model.q.col(0));
    if (!predicted)
        return std::nullopt;

    return QJsonObject{{"span_s", span},
                       {"data_period_s", *measured},
                       {"model_period_s", *predicted},
                       {"relative_error", (*predicted - *measured) / *measured}};
}

QJsonObject describeOutcome(const TrainingOutcome& outcome)
{
    return QJsonObject{{"stop_reason", stopReasonName(outcome.reason)},
                       {"epochs", outcome.epochs},
                       {"best_epoch", outcome.bestEpoch},
                       {"best_validation_loss", outcome.bestValidation},
                       {"final_training_loss", outcome.finalTraining},
                       {"seconds", outcome.seconds},
                       {"skipped_batches", outcome.skippedBatches}};
}

QJsonObject describeSettings(const TrainingSettings& settings, int threads)
{
    return QJsonObject{{"width", settings.network.width},
                       {"depth", settings.network.depth},
                       {"activation", activationName(settings.network.activation)},
                       {"dtype", settings.network.doublePrecision ? "float64" : "float32"},
                       {"max_epochs", settings.maxEpochs},
                       {"batch", settings.batchSize},
                       {"learning_rate", settings.learningRate},
                       {"final_learning_rate", settings.finalLearningRate},
                       {"patience", settings.patience},
                       {"time_limit_s", settings.timeLimit},
                       {"seed", static_cast<qint64>(settings.seed)},
                       {"threads", threads}};
}

} // namespace lab::cli
