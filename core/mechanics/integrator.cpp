#include "mechanics/integrator.h"

namespace lab {

namespace {

/// Storage for the kept states of one integration.
struct Recorder
{
    std::vector<double> t;
    std::vector<Eigen::VectorXd> q;
    std::vector<Eigen::VectorXd> qd;
    std::vector<Eigen::VectorXd> qdd;

    void add(double time, const Eigen::VectorXd& position, const Eigen::VectorXd& velocity,
             const Eigen::VectorXd& acceleration)
    {
        t.push_back(time);
        q.push_back(position);
        qd.push_back(velocity);
        qdd.push_back(acceleration);
    }

    Trajectory toTrajectory() const
    {
        const auto rows = static_cast<Eigen::Index>(t.size());
        const Eigen::Index dof = rows > 0 ? q.front().size() : 0;
        Trajectory run;
        run.t = Eigen::Map<const Eigen::VectorXd>(t.data(), rows);
        run.q.resize(rows, dof);
        run.qd.resize(rows, dof);
        run.qdd.resize(rows, dof);
        for (Eigen::Index i = 0; i < rows; ++i) {
            run.q.row(i) = q[i].transpose();
            run.qd.row(i) = qd[i].transpose();
            run.qdd.row(i) = qdd[i].transpose();
        }
        return run;
    }
};

Error atStep(Error error, int step)
{
    error.step = step;
    return error;
}

} // namespace

Result<Trajectory> integrateRk4(const AccelerationFunction& f, const Eigen::VectorXd& q0,
                                const Eigen::VectorXd& qd0, double dt, int steps, int sampleEvery)
{
    const BatchAccelerationFunction batch =
        [&f](const Eigen::MatrixXd& q, const Eigen::MatrixXd& qd) -> Result<Eigen::MatrixXd> {
        Result<Eigen::VectorXd> a = f(q.row(0).transpose(), qd.row(0).transpose());
        if (!a.ok())
            return a.error();
        return Eigen::MatrixXd(a->transpose());
    };
    Result<std::vector<Trajectory>> runs =
        integrateRk4Batch(batch, q0.transpose(), qd0.transpose(), dt, steps, sampleEvery);
    if (!runs.ok())
        return runs.error();
    return std::move(runs->front());
}

Result<std::vector<Trajectory>> integrateRk4Batch(const BatchAccelerationFunction& f,
                                                  const Eigen::MatrixXd& q0,
                                                  const Eigen::MatrixXd& qd0, double dt, int steps,
                                                  int sampleEvery, const std::atomic<bool>* cancel)
{
    const Eigen::Index count = q0.rows();
    std::vector<Recorder> recorders(static_cast<size_t>(count));
    Eigen::MatrixXd q = q0;
    Eigen::MatrixXd qd = qd0;

    Result<Eigen::MatrixXd> a1 = f(q, qd);
    int step = 0;
    for (; a1.ok(); ++step) {
        if (step % sampleEvery == 0) {
            for (Eigen::Index i = 0; i < count; ++i)
                recorders[i].add(step * dt, q.row(i), qd.row(i), a1->row(i));
        }
        if (step == steps || (cancel != nullptr && cancel->load()))
            break;

        // Classical RK4 on the first-order system (q, qd)' = (qd, a(q, qd)).
        const Eigen::MatrixXd v1 = qd;
        const Eigen::MatrixXd k1 = *a1;
        Result<Eigen::MatrixXd> a2 = f(q + 0.5 * dt * v1, qd + 0.5 * dt * k1);
        if (!a2.ok())
            return atStep(a2.error(), step + 1);
        const Eigen::MatrixXd v2 = qd + 0.5 * dt * k1;
        Result<Eigen::MatrixXd> a3 = f(q + 0.5 * dt * v2, qd + 0.5 * dt * *a2);
        if (!a3.ok())
            return atStep(a3.error(), step + 1);
        const Eigen::MatrixXd v3 = qd + 0.5 * dt * *a2;
        Result<Eigen::MatrixXd> a4 = f(q + dt * v3, qd + dt * *a3);
        if (!a4.ok())
            return atStep(a4.error(), step + 1);
        const Eigen::MatrixXd v4 = qd + dt * *a3;

        q += dt / 6.0 * (v1 + 2.0 * v2 + 2.0 * v3 + v4);
        qd += dt / 6.0 * (k1 + 2.0 * *a2 + 2.0 * *a3 + *a4);
        a1 = f(q, qd);
    }
    if (!a1.ok())
        return atStep(a1.error(), step);

    std::vector<Trajectory> runs;
    runs.reserve(recorders.size());
    for (const Recorder& recorder : recorders)
        runs.push_back(recorder.toTrajectory());
    return runs;
}

} // namespace lab
