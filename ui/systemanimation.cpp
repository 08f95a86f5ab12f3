#include "systemanimation.h"

#include "logging.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <utility>

namespace lab {

namespace {

constexpr int frameIntervalMs = 33; // about 30 frames a second

QPointF bobAt(const QPointF& pivot, double angle, double length)
{
    // Angles are measured from the downward vertical, and screen y grows downwards.
    return pivot + QPointF(length * std::sin(angle), length * std::cos(angle));
}

void drawBob(QPainter& painter, const QPointF& centre, double radius, const QColor& color)
{
    painter.setPen(QPen(Qt::black, 1.0));
    painter.setBrush(color);
    painter.drawEllipse(centre, radius, radius);
}

void drawZigzag(QPainter& painter, const QPointF& from, const QPointF& to, int turns)
{
    const QPointF along = to - from;
    const double length = std::hypot(along.x(), along.y());
    if (length <= 0.0)
        return;
    const QPointF normal(-along.y() / length * 8.0, along.x() / length * 8.0);
    QPainterPath path(from);
    for (int i = 1; i < 2 * turns; ++i) {
        const double side = (i % 2 == 0) ? -1.0 : 1.0;
        path.lineTo(from + along * (double(i) / (2 * turns)) + normal * side);
    }
    path.lineTo(to);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

int angleCount(const std::vector<Coordinate>& coordinates)
{
    return int(std::count_if(coordinates.begin(), coordinates.end(),
                             [](const Coordinate& c) { return c.isAngle; }));
}

} // namespace

AnimationStyle chooseAnimationStyle(const QString& presetId,
                                    const std::vector<Coordinate>& coordinates)
{
    if (presetId == QLatin1String("pendulum"))
        return AnimationStyle::Pendulum;
    if (presetId == QLatin1String("spring"))
        return AnimationStyle::Spring;
    if (presetId == QLatin1String("double_pendulum"))
        return AnimationStyle::DoublePendulum;
    if (presetId == QLatin1String("spring_pendulum"))
        return AnimationStyle::SpringPendulum;
    const int angles = angleCount(coordinates);
    if (coordinates.size() == 1)
        return angles == 1 ? AnimationStyle::Pendulum : AnimationStyle::Spring;
    if (coordinates.size() == 2 && angles == 2)
        return AnimationStyle::DoublePendulum;
    if (coordinates.size() == 2 && angles == 1 && !coordinates.front().isAngle)
        return AnimationStyle::SpringPendulum;
    return AnimationStyle::Generic;
}

AnimationCanvas::AnimationCanvas(QString caption, QWidget* parent)
    : QWidget(parent), m_caption(std::move(caption))
{
    setMinimumSize(240, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void AnimationCanvas::setRun(const Trajectory& run, AnimationStyle style, const QStringList& names)
{
    m_run = run;
    m_style = style;
    m_names = names;
    m_sample = 0;
    if (run.samples() > 0) {
        m_low = run.q.colwise().minCoeff().transpose();
        m_high = run.q.colwise().maxCoeff().transpose();
    }
    update();
}

void AnimationCanvas::showTime(double t)
{
    if (m_run.samples() == 0)
        return;
    const double* begin = m_run.t.data();
    const double* end = begin + m_run.samples();
    const double* after = std::upper_bound(begin, end, t);
    m_sample = std::max(0, int(after - begin) - 1);
    update();
}

void AnimationCanvas::setCaption(const QString& caption)
{
    m_caption = caption;
    update();
}

double AnimationCanvas::coordinate(int column) const
{
    return m_run.q(m_sample, column);
}

void AnimationCanvas::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().text().color());
    painter.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignHCenter, m_caption);
    if (m_run.samples() == 0) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No run to show"));
        return;
    }

    const double scale = 0.4 * std::min(width(), height() - 30);
    const QPointF pivot(width() / 2.0, 30.0 + 0.1 * height());
    painter.setPen(QPen(palette().text().color(), 2.0));
    switch (m_style) {
    case AnimationStyle::Pendulum:
        drawPendulum(painter, pivot, scale);
        break;
    case AnimationStyle::Spring:
        drawSpring(painter, scale);
        break;
    case AnimationStyle::DoublePendulum:
        drawDoublePendulum(painter, pivot, scale * 0.5);
        break;
    case AnimationStyle::SpringPendulum:
        drawSpringPendulum(painter, pivot, scale);
        break;
    case AnimationStyle::Generic:
        drawGeneric(painter);
        break;
    }
}

void AnimationCanvas::drawPendulum(QPainter& painter, const QPointF& pivot, double scale) const
{
    const QPointF bob = bobAt(pivot, coordinate(0), scale);
    painter.drawLine(pivot, bob);
    drawBob(painter, pivot, 3.0, Qt::black);
    drawBob(painter, bob, 12.0, QColor(31, 119, 180));
}

void AnimationCanvas::drawSpring(QPainter& painter, double scale) const
{
    // The block's rest position is the middle of the run's range of x.
    const double middle = 0.5 * (m_low(0) + m_high(0));
    const double spread = std::max(1e-9, 0.5 * (m_high(0) - m_low(0)));
    const double y = height() / 2.0;
    const double wall = 20.0;
    const double rest = width() / 2.0;
    const double block = rest + (coordinate(0) - middle) / spread * 0.5 * scale;
    painter.drawLine(QPointF(wall, y - 40), QPointF(wall, y + 40));
    drawZigzag(painter, QPointF(wall, y), QPointF(block - 15.0, y), 8);
    painter.setBrush(QColor(31, 119, 180));
    painter.drawRect(QRectF(block - 15.0, y - 15.0, 30.0, 30.0));
}

void AnimationCanvas::drawDoublePendulum(QPainter& painter, const QPointF& pivot,
                                         double scale) const
{
    const QPointF first = bobAt(pivot, coordinate(0), scale);
    const QPointF second = bobAt(first, coordinate(1), scale);
    painter.drawLine(pivot, first);
    painter.drawLine(first, second);
    drawBob(painter, pivot, 3.0, Qt::black);
    drawBob(painter, first, 10.0, QColor(31, 119, 180));
    drawBob(painter, second, 10.0, QColor(255, 127, 14));
}

void AnimationCanvas::drawSpringPendulum(QPainter& painter, const QPointF& pivot,
                                         double scale) const
{
    // r is drawn relative to the largest length of the run, so the bob stays in view.
    const double longest = std::max(1e-9, std::max(std::abs(m_low(0)), std::abs(m_high(0))));
    const QPointF bob = bobAt(pivot, coordinate(1), scale * coordinate(0) / longest);
    drawZigzag(painter, pivot, bob, 10);
    drawBob(painter, pivot, 3.0, Qt::black);
    drawBob(painter, bob, 12.0, QColor(31, 119, 180));
}

void AnimationCanvas::drawGeneric(QPainter& painter) const
{
    const int rows = m_run.dof();
    const double left = 60.0;
    const double right = width() - 30.0;
    for (int i = 0; i < rows; ++i) {
        const double y = 40.0 + (height() - 60.0) * (i + 0.5) / rows;
        const double spread = std::max(1e-12, m_high(i) - m_low(i));
        const double x = left + (coordinate(i) - m_low(i)) / spread * (right - left);
        painter.setPen(QPen(palette().mid().color(), 1.0));
        painter.drawLine(QPointF(left, y), QPointF(right, y));
        if (i < m_names.size()) {
            painter.setPen(palette().text().color());
            painter.drawText(QRectF(4.0, y - 10.0, left - 10.0, 20.0),
                             Qt::AlignRight | Qt::AlignVCenter, m_names[i]);
        }
        drawBob(painter, QPointF(x, y), 8.0, QColor(31, 119, 180));
    }
}

AnimationPanel::AnimationPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("animationPanel"));
    m_data = new AnimationCanvas(tr("Data"));
    m_learned = new AnimationCanvas(tr("Learned dynamics"));
    m_playButton = new QPushButton(tr("Play"));
    m_pauseButton = new QPushButton(tr("Pause"));
    m_stepButton = new QPushButton(tr("Step"));
    m_speed = new QComboBox;
    m_speed->setObjectName(QStringLiteral("animationSpeed"));
    for (double factor : {0.25, 0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(factor)), factor);
    m_speed->setCurrentIndex(2);
    m_timeLabel = new QLabel;
    m_timer = new QTimer(this);
    m_timer->setInterval(frameIntervalMs);

    auto* canvases = new QHBoxLayout;
    canvases->addWidget(m_data);
    canvases->addWidget(m_learned);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_pauseButton);
    controls->addWidget(m_stepButton);
    controls->addWidget(new QLabel(tr("Speed:")));
    controls->addWidget(m_speed);
    controls->addWidget(m_timeLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(canvases, 1);
    layout->addLayout(controls);

    connect(m_playButton, &QPushButton::clicked, this, &AnimationPanel::play);
    connect(m_pauseButton, &QPushButton::clicked, this, &AnimationPanel::pause);
    connect(m_stepButton, &QPushButton::clicked, this, &AnimationPanel::step);
    connect(m_timer, &QTimer::timeout, this, &AnimationPanel::advance);
    showTime(0.0);
}

void AnimationPanel::setRuns(const Trajectory& measured, const Trajectory& learned,
                             const QString& learnedLabel, AnimationStyle style,
                             const QStringList& coordinateNames)
{
    pause();
    m_data->setRun(measured, style, coordinateNames);
    m_learned->setRun(learned, style, coordinateNames);
    m_learned->setCaption(learnedLabel.isEmpty() ? tr("Learned dynamics: no model yet")
                                                 : tr("Learned dynamics: %1").arg(learnedLabel));
    m_frames = 0;
    showTime(measured.samples() > 0 ? measured.t(0) : 0.0);
}

bool AnimationPanel::isPlaying() const
{
    return m_timer->isActive();
}

void AnimationPanel::play()
{
    if (m_data->run().samples() < 2)
        return;
    m_timer->start();
}

void AnimationPanel::pause()
{
    m_timer->stop();
}

void AnimationPanel::step()
{
    pause();
    const Trajectory& run = m_data->run();
    if (run.samples() < 2)
        return;
    const int next = m_data->sample() + 1;
    showTime(next < run.samples() ? run.t(next) : run.t(0));
}

void AnimationPanel::advance()
{
    const Trajectory& run = m_data->run();
    if (run.samples() < 2) {
        pause();
        return;
    }
    const double factor = m_speed->currentData().toDouble();
    double t = m_time + factor * frameIntervalMs / 1000.0;
    if (t > endTime())
        t = run.t(0);
    showTime(t);
}

void AnimationPanel::showTime(double t)
{
    m_time = t;
    m_data->showTime(t);
    m_learned->showTime(t);
    ++m_frames;
    m_timeLabel->setText(tr("t = %1 s").arg(QLocale().toString(t, 'f', 2)));
}

double AnimationPanel::endTime() const
{
    const Trajectory& run = m_data->run();
    return run.samples() > 0 ? run.t(run.samples() - 1) : 0.0;
}

} // namespace lab
