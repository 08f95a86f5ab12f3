// LibTorch first: Qt's macros break its headers otherwise.
#include "lnn/networkimpl.h"

#include "bench/lnnbenchmark.h"

#include "mechanics/eulerlagrange.h"
#include "mechanics/preset.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numbers>

namespace lab::bench {

namespace {

struct Options
{
    QString system = QStringLiteral("pendulum");
    int batch = 256;
    int hidden = 128;
    int steps = 300;
    int threads = 1;
    int seed = 0;
};

/// States drawn like the Python reference: q uniform in [-pi, pi], qdot uniform in [-3, 3].
torch::Tensor sampleStates(int64_t count, int dof, at::Generator& generator)
{
    const torch::Tensor q = (torch::rand({count, dof}, generator) * 2.0 - 1.0) * std::numbers::pi;
    const torch::Tensor qd = (torch::rand({count, dof}, generator) * 2.0 - 1.0) * 3.0;
    return torch::cat({q, qd}, 1);
}

/// Exact accelerations of the preset (unit masses and lengths, g = 9.81) at each state.
torch::Tensor targets(const Lagrangian& lagrangian, const torch::Tensor& states)
{
    const Eigen::MatrixXd x = toMatrix(states);
    const int dof = lagrangian.dof();
    Eigen::MatrixXd a(x.rows(), dof);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        a.row(i) = accelerations(lagrangian, x.row(i).head(dof).transpose(),
                                 x.row(i).tail(dof).transpose())
                       ->transpose();
    return toTensor(a, torch::kFloat32);
}

std::optional<Options> parseOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{"system", "pendulum or double_pendulum", "name", "pendulum"},
                       {"batch", "Samples per step", "n", "256"},
                       {"hidden", "Units per hidden layer", "n", "128"},
                       {"steps", "Timed steps after 20 warm-up steps", "n", "300"},
                       {"threads", "LibTorch intra-op threads", "n", "1"},
                       {"seed", "Random seed", "n", "0"}});
    if (!parser.parse(QStringList{"lnn"} + arguments)) {
        std::fprintf(stderr, "lnn: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    Options options;
    options.system = parser.value("system");
    options.batch = parser.value("batch").toInt();
    options.hidden = parser.value("hidden").toInt();
    options.steps = parser.value("steps").toInt();
    options.threads = parser.value("threads").toInt();
    options.seed = parser.value("seed").toInt();
    const bool known = options.system == "pendulum" || options.system == "double_pendulum";
    if (!known || options.batch < 1 || options.hidden < 1 || options.steps < 20 ||
        options.threads < 1) {
        std::fprintf(stderr, "lnn: invalid options; --system takes pendulum or "
                             "double_pendulum, --steps at least 20, the others at least 1\n");
        return std::nullopt;
    }
    return options;
}

} // namespace

int runLnnBenchmark(const QStringList& arguments)
{
    const std::optional<Options> options = parseOptions(arguments);
    if (!options)
        return 2;
    torch::set_num_threads(options->threads);
    const std::unique_ptr<Lagrangian> lagrangian = makeLagrangian(*findPreset(options->system));
    const int dof = lagrangian->dof();
    at::Generator generator = at::detail::createCPUGenerator(options->seed);
    const torch::Tensor train = sampleStates(20000, dof, generator);
    const torch::Tensor trainTarget = targets(*lagrangian, train);
    const torch::Tensor valid = sampleStates(2000, dof, generator);
    const torch::Tensor validTarget = targets(*lagrangian, valid);

    // The reference network has no input normalisation: keep mean 0 and scale 1.
    LagrangianNetwork network(dof, NetworkSettings{.width = options->hidden, .depth = 2},
                              options->seed);
    auto& impl = network.impl();
    torch::optim::Adam optimizer(impl.parameters(), torch::optim::AdamOptions(1e-3));

    constexpr int warmup = 20;
    constexpr int window = 20;
    std::vector<double> windowTimes;
    auto windowStart = std::chrono::steady_clock::now();
    for (int step = 0; step < warmup + options->steps; ++step) {
        if (step >= warmup && (step - warmup) % window == 0) {
            const auto now = std::chrono::steady_clock::now();
            if (step > warmup)
                windowTimes.push_back(std::chrono::duration<double>(now - windowStart).count() /
                                      window);
            windowStart = now;
        }
        const torch::Tensor index = torch::randint(0, train.size(0), {options->batch}, generator);
        optimizer.zero_grad();
        const torch::Tensor predicted = impl.accelerations(train.index_select(0, index));
        torch::mse_loss(predicted, trainTarget.index_select(0, index)).backward();
        optimizer.step();
    }

    torch::NoGradGuard noGrad;
    const double validationMse =
        torch::mse_loss(impl.accelerations(valid), validTarget).item<double>();
    std::nth_element(windowTimes.begin(), windowTimes.begin() + windowTimes.size() / 2,
                     windowTimes.end());
    const QJsonObject result{{"implementation", "cpp-libtorch-closed-form-hessian"},
                             {"torch", TORCH_VERSION},
                             {"system", options->system},
                             {"dof", dof},
                             {"batch", options->batch},
                             {"hidden", options->hidden},
                             {"threads", torch::get_num_threads()},
                             {"steps", options->steps},
                             {"ms_per_step", 1000.0 * windowTimes[windowTimes.size() / 2]},
                             {"validation_mse", validationMse}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace lab::bench
