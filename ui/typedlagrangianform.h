#pragma once

#include "analysis/noether.h"
#include "common/error.h"
#include "mechanics/preset.h"

#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace lab {

/// Inputs of a typed Lagrangian: the formula, the coordinate names (comma-separated) and the
/// parameters (NAME=VALUE, comma-separated), the planar pairs (two coordinate names each,
/// pairs separated by semicolons), with the ranges of the initial states. The input
/// is parsed 300 ms after the last key press, and at once on Enter, which also puts the caret
/// at the column of a formula error. Errors are shown in red under the fields, which keep
/// the text as typed.
class TypedLagrangianForm : public QWidget
{
    Q_OBJECT

public:
    explicit TypedLagrangianForm(QWidget* parent = nullptr);

    QString formula() const;
    QStringList coordinates() const;
    /// The parameters that parsed; problem() names the first one that did not.
    std::vector<std::pair<QString, double>> parameters() const;
    /// The planar pairs that name two coordinates. problem() names the first one that does not.
    std::vector<PlanarPair> planarPairs() const;
    std::vector<Range> positionRanges() const;
    std::vector<Range> velocityRanges() const;
    /// The message shown for the current input, or an empty string when it parses.
    QString problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }

    /// Sets the fields, as typed, and parses them at once.
    void setInput(const QString& formula, const QString& coordinates, const QString& parameters);
    /// Sets the planar pairs field, e.g. "x, y", and parses the input at once.
    void setPlanarPairs(const QString& pairs);

    QLineEdit* formulaEdit() const { return m_formula; }
    QLineEdit* coordinatesEdit() const { return m_coordinates; }
    QLineEdit* parametersEdit() const { return m_parameters; }
    QLineEdit* planarPairsEdit() const { return m_planarPairs; }
    QLabel* errorLabel() const { return m_error; }
    /// The formula with a caret under the column of its error.
    QLabel* pointerLabel() const { return m_pointer; }

public slots:
    /// Parses the input now. With moveCaret set, a formula error puts the caret at its column.
    void parse(bool moveCaret = false);

signals:
    /// The input was parsed and is valid; emitted after each change that leaves it valid.
    void validInput();

private:
    std::optional<QString> parameterProblem() const;
    std::optional<QString> planarPairProblem() const;
    void showProblem(const QString& problem, const Error* formulaError);

    QLineEdit* m_formula = nullptr;
    QLineEdit* m_coordinates = nullptr;
    QLineEdit* m_parameters = nullptr;
    QLineEdit* m_planarPairs = nullptr;
    QDoubleSpinBox* m_positionRange = nullptr;
    QDoubleSpinBox* m_velocityRange = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_pointer = nullptr;
    QTimer* m_parseTimer = nullptr;
    QString m_problem;
};

} // namespace lab
