#pragma once

#include "data/trajectory.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace lab {

/// Drawing style of a system in the animation.
enum class AnimationStyle
{
    Pendulum,       ///< one angle from the downward vertical: a bob on a rod
    Spring,         ///< one displacement: a block on a spring
    DoublePendulum, ///< two angles from the downward vertical
    SpringPendulum, ///< a length r and an angle theta from the downward vertical
    Generic,        ///< one dot per coordinate, on its own horizontal line
};

/// Chooses a drawing style from a preset id ("pendulum", "spring", "double_pendulum",
/// "spring_pendulum") or, for other systems, from the coordinates: one angle, one length,
/// two angles, or a length and an angle. Anything else is Generic.
AnimationStyle chooseAnimationStyle(const QString& presetId,
                                    const std::vector<Coordinate>& coordinates);

/// One system drawn with QPainter at one sample of a trajectory.
class AnimationCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit AnimationCanvas(QString caption, QWidget* parent = nullptr);

    /// Shows the run from its first sample. The generic style labels each line with its name.
    void setRun(const Trajectory& run, AnimationStyle style, const QStringList& names = {});
    void setCaption(const QString& caption);
    /// Shows the sample at time t (the last sample at or before t).
    void showTime(double t);
    int sample() const { return m_sample; }
    const Trajectory& run() const { return m_run; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void drawPendulum(QPainter& painter, const QPointF& pivot, double scale) const;
    void drawSpring(QPainter& painter, double scale) const;
    void drawDoublePendulum(QPainter& painter, const QPointF& pivot, double scale) const;
    void drawSpringPendulum(QPainter& painter, const QPointF& pivot, double scale) const;
    void drawGeneric(QPainter& painter) const;
    double coordinate(int column) const;

    QString m_caption;
    Trajectory m_run;
    QStringList m_names;
    AnimationStyle m_style = AnimationStyle::Generic;
    Eigen::VectorXd m_low;  ///< per coordinate, over the run
    Eigen::VectorXd m_high; ///< per coordinate, over the run
    int m_sample = 0;
};

/// The data and the learned dynamics animated side by side, driven by a timer on the GUI
/// thread that only looks up precomputed samples. Play, Pause, Step (one data sample) and a
/// speed factor control the time. At the end the animation starts again from the beginning.
class AnimationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnimationPanel(QWidget* parent = nullptr);

    /// Shows the data run and the learned run (may be empty) from their first samples.
    void setRuns(const Trajectory& measured, const Trajectory& learned, const QString& learnedLabel,
                 AnimationStyle style, const QStringList& coordinateNames = {});
    double time() const { return m_time; }
    bool isPlaying() const;
    /// Frames drawn since setRuns(), for tests and diagnostics.
    int frameCount() const { return m_frames; }
    AnimationCanvas* dataCanvas() const { return m_data; }
    AnimationCanvas* learnedCanvas() const { return m_learned; }
    QComboBox* speedCombo() const { return m_speed; }

public slots:
    void play();
    void pause();
    /// Pauses and advances by one sample of the data.
    void step();

private:
    void advance();
    void showTime(double t);
    double endTime() const;

    AnimationCanvas* m_data = nullptr;
    AnimationCanvas* m_learned = nullptr;
    QPushButton* m_playButton = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_stepButton = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_timeLabel = nullptr;
    QTimer* m_timer = nullptr;
    double m_time = 0.0;
    int m_frames = 0;
};

} // namespace lab
