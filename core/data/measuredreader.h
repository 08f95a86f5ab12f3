#pragma once

#include "common/result.h"
#include "data/differentiator.h"
#include "data/trajectory.h"

#include <Eigen/Core>
#include <QString>
#include <vector>

namespace lab {

/// Position of the pendulum's pivot in a bob track.
enum class PivotMode
{
    Origin, ///< the pivot is at x = y = 0 of the track
    FitArc, ///< the pivot is elsewhere: fit it as the centre of the circle the bob moves on
};

/// Coordinates made from a track of a single point (columns t, x, y).
enum class PointCoordinates
{
    PendulumAngle, ///< one angle from the downward vertical, atan2(x - x0, -(y - y0))
    Cartesian,     ///< the coordinates x and y in metres
};

struct ImportOptions
{
    PivotMode pivot = PivotMode::Origin;
    PointCoordinates point = PointCoordinates::PendulumAngle;
    DifferentiatorSettings differentiator;
    int minRows = 20; ///< fewer data rows than this, or than differentiator.degree + 3, is an error
};

/// A measured trajectory with the facts learned while reading it.
struct MeasuredData
{
    std::vector<Coordinate> coordinates;
    Trajectory trajectory; ///< q smoothed, qd and qdd estimated by the differentiator
    Eigen::VectorXd rawTime;
    Eigen::MatrixXd rawPositions; ///< the coordinates as read (after conversion to angles)
    QString file;
    QString trackName; ///< Tracker's track name line, if the file has one
    QChar delimiter;   ///< '\t', ',', ';' or ' '
    bool decimalComma = false;
    bool pendulumTrack = false; ///< the file was read as a pendulum bob (t, x, y)
    Eigen::Vector2d pivot = Eigen::Vector2d::Zero(); ///< pivot used for the angle, metres
    double radius = 0.0;                             ///< median pivot-to-bob distance, metres
    int window = 0;                                  ///< differentiator window, samples
    double noise = 0.0; ///< estimated position noise, in coordinate units
};

/// Reads a measured trajectory from a text file: a Tracker export (optional track-name
/// line, then a header such as "t x y" or "t_{1} x_{1} y_{1}", extra columns ignored) or a
/// generic CSV with a header of time plus coordinate columns. Delimiters: tab, comma,
/// semicolon or spaces; a decimal comma is accepted when the delimiter is not a comma;
/// CRLF or LF line ends; E-notation. Errors name the file, line, column and cell.
/// A row whose coordinate cells are all empty (a frame that Tracker did not track) is
/// skipped, but an empty cell in any other row is a NotANumber error. A non-empty cell beyond
/// the header's columns is a ColumnCountMismatch error. Generic column names become
/// identifiers ("x (m)" becomes "x"), and names starting with theta, phi, psi, alpha, beta or
/// angle are angles in radians. Angles are unwrapped (no 2 pi jumps) before differentiating.
Result<MeasuredData> readMeasured(const QString& path, const ImportOptions& options = {});

/// Same as readMeasured() for text already in memory; fileName is used in errors.
Result<MeasuredData> parseMeasured(const QByteArray& content, const QString& fileName,
                                   const ImportOptions& options = {});

/// Fits a circle to points (x, y) by algebraic least squares refined by Gauss-Newton on the
/// geometric distances. Returns the centre and radius. Fails with InvalidParameter when the
/// points are collinear (text "collinear points"), fewer than 3 or not finite.
Result<Eigen::Vector3d> fitCircle(const Eigen::MatrixX2d& points);

} // namespace lab
