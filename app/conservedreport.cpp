#include "conservedreport.h"

#include "commandline.h"
#include "errortext.h"

#include "analysis/conservedformulas.h"
#include "symbolic/parser.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace lab::cli {

namespace {

/// Significance threshold of the damping coefficient: gamma over its standard error.
constexpr double minimumDampingT = 3.0;

QString sympy(const symbolic::Expression& expression, const symbolic::SymbolTable& symbols)
{
    return symbolic::formatExpression(expression, symbols, symbolic::Notation::Sympy);
}

Range widened(double low, double high)
{
    const double margin = std::max(0.1 * (high - low), 0.1);
    return Range{low - margin, high + margin};
}

QJsonArray toArray(const Eigen::VectorXd& values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

/// A sentence on whether the conservative model explains the data or a loss remains.
QString describeConclusion(double lossRate, const QString& formula, bool damped)
{
    const QString model =
        formula.isEmpty() ? Cli::tr("the network's Lagrangian") : QStringLiteral("L = ") + formula;
    if (!damped)
        return Cli::tr("The data show no significant energy loss, so the conservative model %1 "
                       "describes them.")
            .arg(model);
    return Cli::tr("The data lose energy at %1 per second, which no Lagrangian L(q, q_dot) can "
                   "produce, so %2 remains the best conservative model. The damping coefficient "
                   "describes the loss.")
        .arg(lossRate, 0, 'g', 3)
        .arg(model);
}

} // namespace

std::pair<std::vector<Range>, std::vector<Range>> boxAround(const Trajectory& trajectory)
{
    std::vector<Range> positions;
    std::vector<Range> velocities;
    for (int i = 0; i < trajectory.dof(); ++i) {
        positions.push_back(
            widened(trajectory.q.col(i).minCoeff(), trajectory.q.col(i).maxCoeff()));
        velocities.push_back(
            widened(trajectory.qd.col(i).minCoeff(), trajectory.qd.col(i).maxCoeff()));
    }
    return {positions, velocities};
}

std::optional<SymmetryCheck> checkSymmetries(const ModelSource& source,
                                             const std::vector<Range>& positions,
                                             const std::vector<Range>& velocities,
                                             const NoetherSettings& settings, QString& message)
{
    const auto [q, qd] = sampleStates(positions, velocities, symmetryCheckStates, 1);
    std::vector<Eigen::Index> finite;
    for (Eigen::Index row = 0; row < q.rows(); ++row) {
        const LagrangianTerms terms =
            source.lagrangian->terms(q.row(row).transpose(), qd.row(row).transpose());
        if (std::isfinite(terms.value) && terms.dq.allFinite() && terms.dqd.allFinite())
            finite.push_back(row);
    }
    if (static_cast<int>(finite.size()) < minimumCheckedStates) {
        message =
            Cli::tr("the Lagrangian is finite at only %1 of %2 states drawn from the box "
                    "of the symmetry checks: check where L is defined, and narrow the box with "
                    "'conserved --ranges'")
                .arg(finite.size())
                .arg(symmetryCheckStates);
        return std::nullopt;
    }

    const Result<std::vector<ConservedQuantity>> quantities =
        findConservedQuantities(*source.lagrangian, q(finite, Eigen::all), qd(finite, Eigen::all),
                                settings, source.coordinates);
    if (!quantities) {
        message = describeError(quantities.error());
        return std::nullopt;
    }
    return SymmetryCheck{*quantities, static_cast<int>(finite.size())};
}

QJsonObject describeQuantities(const ModelSource& source,
                               const std::vector<ConservedQuantity>& quantities)
{
    QJsonObject object;
    if (source.expression) {
        object.insert("energy",
                      sympy(energyFormula(*source.expression, source.symbols), source.symbols));
    } else {
        object.insert("energy", QJsonValue::Null);
        object.insert("energy_note",
                      Cli::tr("the model is a network, so its energy and momenta have no "
                              "formula; 'lagrangian-lab rollout' writes their values along a "
                              "rollout"));
    }

    QJsonArray conserved;
    QJsonArray notConserved;
    for (const ConservedQuantity& quantity : quantities) {
        QJsonObject item{{"name", quantityKey(quantity)},
                         {"kind", symmetryKindId(quantity.kind)},
                         {"violation", quantity.violation}};
        if (!quantity.conserved) {
            notConserved.append(item);
            continue;
        }
        item.insert("sympy", source.expression
                                 ? QJsonValue(sympy(quantityFormula(*source.expression,
                                                                    source.symbols, quantity),
                                                    source.symbols))
                                 : QJsonValue(QJsonValue::Null));
        conserved.append(item);
    }
    object.insert("conserved", conserved);
    object.insert("not_conserved", notConserved);
    return object;
}

QJsonObject describeDamping(const DampingAnalysis& analysis, const QString& formula)
{
    const double gamma = analysis.gamma.size() > 0 ? analysis.gamma[0] : 0.0;
    const double gammaError = analysis.gammaError.size() > 0 ? analysis.gammaError[0] : 0.0;
    const double gammaT = gammaError > 0.0 ? gamma / gammaError : 0.0;
    const bool damped = analysis.significant && gammaT >= minimumDampingT;
    const QString statement = describeConclusion(analysis.lossRate, formula, damped);
    return QJsonObject{
        {"energy_loss_rate",
         QJsonObject{{"value", analysis.lossRate},
                     {"standard_error", analysis.lossRateError},
                     {"unit", "1/s"},
                     {"definition", "exponential decay rate of E - E_min over blocks of whole "
                                    "periods"},
                     {"blocks", analysis.blocks},
                     {"significant", analysis.significant}}},
        {"damping_coefficient",
         QJsonObject{{"value", gamma},
                     {"standard_error", gammaError},
                     {"t", gammaT},
                     {"unit", "1/s"},
                     {"definition", "gamma in q_ddot = a_L(q, q_dot) - gamma q_dot, the "
                                    "Rayleigh dissipation D = 1/2 gamma q_dot^T H q_dot"},
                     {"significant", gammaT >= minimumDampingT}}},
        {"constant_acceleration", toArray(analysis.constantForce)},
        {"residual_rms", analysis.residualRms},
        {"best_conservative_model",
         QJsonObject{
             {"sympy", formula.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(formula)},
             {"damped", damped},
             {"statement", statement}}}};
}

QJsonObject describeRestoringFit(const RestoringFit& fit)
{
    return QJsonObject{
        {"kind", "fitted"},
        {"description", "per coordinate, q_ddot = -c sin(q) - gamma q_dot + b for angles and "
                        "-c q - gamma q_dot + b otherwise, fitted by least squares; the model "
                        "keeps c only"},
        {"stiffness", toArray(fit.stiffness)},
        {"fitted_damping", toArray(fit.damping)},
        {"fitted_constant", toArray(fit.constant)},
        {"lagrangian",
         symbolic::formatExpression(fit.lagrangian, fit.symbols, symbolic::Notation::Sympy)}};
}

} // namespace lab::cli
