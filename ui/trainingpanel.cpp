#include "trainingpanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace lab {

namespace {

QLabel* makeValueLabel(const char* objectName)
{
    auto* label = new QLabel(QStringLiteral("–"));
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString formatLoss(double loss)
{
    return std::isfinite(loss) ? QLocale().toString(loss, 'e', 3) : QStringLiteral("–");
}

} // namespace

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0.0)
        return QStringLiteral("–");
    const auto total = static_cast<long long>(std::llround(seconds));
    if (total < 60)
        return TrainingPanel::tr("%1 s").arg(total);
    const long long minutes = total / 60;
    return TrainingPanel::tr("%1 min %2 s").arg(minutes).arg(total % 60, 2, 10, QLatin1Char('0'));
}

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createButtons());
    layout->addWidget(createProgressGroup());
    setRunning(false);
}

QLayout* TrainingPanel::createButtons()
{
    m_startButton = new QPushButton(tr("Start"), this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_pauseButton = new QPushButton(tr("Pause"), this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));

    connect(m_startButton, &QPushButton::clicked, this, &TrainingPanel::startRequested);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { emit pauseRequested(!m_paused); });
    connect(m_stopButton, &QPushButton::clicked, this, &TrainingPanel::stopRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    return buttons;
}

QGroupBox* TrainingPanel::createProgressGroup()
{
    auto* group = new QGroupBox(tr("Progress"), this);
    m_progress = new QProgressBar(group);
    m_progress->setObjectName(QStringLiteral("trainingProgressBar"));
    m_epoch = makeValueLabel("epochLabel");
    m_trainingLoss = makeValueLabel("trainingLossLabel");
    m_validationLoss = makeValueLabel("validationLossLabel");
    m_currentLearningRate = makeValueLabel("learningRateLabel");
    m_speed = makeValueLabel("speedLabel");
    m_timeLeft = makeValueLabel("timeLeftLabel");
    m_status = new QLabel(group);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(group);
    form->addRow(m_progress);
    form->addRow(tr("Epoch:"), m_epoch);
    form->addRow(tr("Training loss:"), m_trainingLoss);
    form->addRow(tr("Validation loss:"), m_validationLoss);
    form->addRow(tr("Learning rate:"), m_currentLearningRate);
    form->addRow(tr("Speed:"), m_speed);
    form->addRow(tr("Time left:"), m_timeLeft);
    form->addRow(m_status);
    resetProgress(1);
    return group;
}

void TrainingPanel::setRunning(bool running)
{
    if (!running)
        setPaused(false);
    m_startButton->setEnabled(!running);
    m_pauseButton->setEnabled(running);
    m_stopButton->setEnabled(running);
    if (!running)
        m_timeLeft->setText(QStringLiteral("–"));
}

void TrainingPanel::setPaused(bool paused)
{
    m_paused = paused;
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
}

void TrainingPanel::resetProgress(int maxEpochs)
{
    m_progress->setRange(0, std::max(1, maxEpochs));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m epochs"));
    for (QLabel* label :
         {m_epoch, m_trainingLoss, m_validationLoss, m_currentLearningRate, m_speed, m_timeLeft})
        label->setText(QStringLiteral("–"));
}

void TrainingPanel::showProgress(const lab::TrainingProgress& progress)
{
    const LossRecord& latest = progress.latest;
    const QLocale locale;
    m_progress->setRange(0, std::max(1, progress.maxEpochs));
    m_progress->setValue(std::min(latest.epoch, m_progress->maximum()));
    m_epoch->setText(tr("%1 of %2").arg(latest.epoch).arg(progress.maxEpochs));
    m_trainingLoss->setText(formatLoss(latest.training));
    m_validationLoss->setText(
        tr("%1 (best %2)").arg(formatLoss(latest.validation), formatLoss(progress.bestValidation)));
    m_currentLearningRate->setText(locale.toString(latest.learningRate, 'e', 2));
    m_speed->setText(tr("%1 samples/s").arg(locale.toString(progress.samplesPerSecond, 'f', 0)));
    m_timeLeft->setText(progress.paused ? tr("paused") : formatDuration(progress.secondsLeft));
}

void TrainingPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString TrainingPanel::status() const
{
    return m_status->text();
}

} // namespace lab
