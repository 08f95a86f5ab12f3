#pragma once

#include "lnn/trainer.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace lab {

/// The Start, Pause/Resume and Stop buttons with the live progress of a training run and a
/// status line.
class TrainingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    /// Switches the buttons between the idle and the running state.
    void setRunning(bool running);
    void setPaused(bool paused);
    /// Clears the progress display for a run of maxEpochs epochs.
    void resetProgress(int maxEpochs);
    void showProgress(const lab::TrainingProgress& progress);
    void setStatus(const QString& text);
    QString status() const;

    QPushButton* startButton() const { return m_startButton; }
    QPushButton* pauseButton() const { return m_pauseButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    void startRequested();
    /// Emitted when the Pause/Resume button is pressed, with the requested state in paused.
    void pauseRequested(bool paused);
    void stopRequested();

private:
    QLayout* createButtons();
    QGroupBox* createProgressGroup();

    bool m_paused = false;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_epoch = nullptr;
    QLabel* m_trainingLoss = nullptr;
    QLabel* m_validationLoss = nullptr;
    QLabel* m_currentLearningRate = nullptr;
    QLabel* m_speed = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_status = nullptr;
};

/// Formats a duration in seconds for display, e.g. "42 s" or "3 min 05 s".
QString formatDuration(double seconds);

} // namespace lab
