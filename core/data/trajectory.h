#pragma once

#include <Eigen/Core>
#include <QString>
#include <QStringList>
#include <vector>

namespace lab {

/// Name and nature of one generalised coordinate.
struct Coordinate
{
    QString name;         ///< e.g. "theta"; the velocity is written name + "_dot"
    QString unit;         ///< SI unit of the coordinate: "rad" or "m"
    bool isAngle = false; ///< only angles may be wrapped, and only on request
};

/// One trajectory sampled at times t: positions q, velocities qd and accelerations qdd,
/// each with one row per sample and one column per coordinate.
struct Trajectory
{
    Eigen::VectorXd t;
    Eigen::MatrixXd q;
    Eigen::MatrixXd qd;
    Eigen::MatrixXd qdd;

    int samples() const { return static_cast<int>(t.size()); }
    int dof() const { return static_cast<int>(q.cols()); }

    /// Returns the rows [first, first + count) as a new trajectory.
    Trajectory slice(int first, int count) const;
};

/// Trajectories of one system with their coordinates, split into training and validation.
struct Dataset
{
    std::vector<Coordinate> coordinates;
    std::vector<Trajectory> training;
    std::vector<Trajectory> validation;
    QString source; ///< e.g. "system pendulum" or the imported file's path

    int dof() const { return static_cast<int>(coordinates.size()); }
    int trainingSamples() const;
    int validationSamples() const;
};

/// Splits whole trajectories into training and validation; never splits one trajectory's
/// samples between the two. With a single trajectory, splits it into contiguous blocks of
/// time instead (see splitIntoTimeBlocks). validationFraction is in (0, 1).
Dataset splitByTrajectory(std::vector<Coordinate> coordinates, std::vector<Trajectory> runs,
                          double validationFraction, QString source);

/// Splits one trajectory into `blocks` contiguous blocks of time and sends every k-th block
/// (k chosen so that about validationFraction of the samples) to validation.
Dataset splitIntoTimeBlocks(std::vector<Coordinate> coordinates, const Trajectory& run,
                            double validationFraction, int blocks, QString source);

/// Coordinate names followed by velocity names ("theta", "theta_dot").
QStringList stateNames(const std::vector<Coordinate>& coordinates);

} // namespace lab
