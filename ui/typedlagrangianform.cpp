#include "typedlagrangianform.h"

#include "errortext.h"
#include "logging.h"

#include "symbolic/typedsystem.h"

#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace lab {

namespace {

constexpr int parseDelayMs = 300;

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items << trimmed;
    }
    return items;
}

QDoubleSpinBox* makeRangeSpin(const QString& objectName)
{
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0.01, 1000.0);
    spin->setDecimals(2);
    spin->setSingleStep(0.1);
    spin->setPrefix(QStringLiteral("± "));
    spin->setValue(1.0);
    return spin;
}

} // namespace

TypedLagrangianForm::TypedLagrangianForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("typedLagrangianForm"));
    m_formula = new QLineEdit(QStringLiteral("0.5*m*x_dot^2 - 0.5*k*x^2"));
    m_formula->setObjectName(QStringLiteral("typedFormulaEdit"));
    m_formula->setToolTip(tr("The Lagrangian L in the coordinates, their velocities NAME_dot "
                             "and the parameters, e.g. 0.5*m*l^2*theta_dot^2 + m*g*l*cos(theta)"));
    m_coordinates = new QLineEdit(QStringLiteral("x"));
    m_coordinates->setObjectName(QStringLiteral("typedCoordinatesEdit"));
    m_coordinates->setPlaceholderText(tr("e.g. theta1, theta2"));
    m_parameters = new QLineEdit(QStringLiteral("m=1, k=4"));
    m_parameters->setObjectName(QStringLiteral("typedParametersEdit"));
    m_parameters->setPlaceholderText(tr("e.g. m=1, g=9.81"));
    m_planarPairs = new QLineEdit;
    m_planarPairs->setObjectName(QStringLiteral("typedPlanarPairsEdit"));
    m_planarPairs->setPlaceholderText(tr("e.g. x, y; x2, y2"));
    m_planarPairs->setToolTip(tr("Coordinates that are the x and y of one point in a plane, so "
                                 "that the conservation tab checks rotations and translations. "
                                 "Separate pairs with semicolons."));
    m_positionRange = makeRangeSpin(QStringLiteral("typedPositionRange"));
    m_velocityRange = makeRangeSpin(QStringLiteral("typedVelocityRange"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("typedErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_pointer = new QLabel;
    m_pointer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pointer->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_pointer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("L ="), m_formula);
    form->addRow(tr("Coordinates:"), m_coordinates);
    form->addRow(tr("Parameters:"), m_parameters);
    form->addRow(tr("Planar pairs:"), m_planarPairs);
    form->addRow(tr("Initial positions:"), m_positionRange);
    form->addRow(tr("Initial velocities:"), m_velocityRange);
    form->addRow(m_error);
    form->addRow(m_pointer);

    m_parseTimer = new QTimer(this);
    m_parseTimer->setSingleShot(true);
    m_parseTimer->setInterval(parseDelayMs);
    connect(m_parseTimer, &QTimer::timeout, this, [this] { parse(false); });
    for (QLineEdit* edit : {m_formula, m_coordinates, m_parameters, m_planarPairs}) {
        connect(edit, &QLineEdit::textEdited, m_parseTimer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, [this] { parse(true); });
    }
    for (QDoubleSpinBox* spin : {m_positionRange, m_velocityRange})
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { parse(false); });
    parse(false);
}

QString TypedLagrangianForm::formula() const
{
    return m_formula->text();
}

QStringList TypedLagrangianForm::coordinates() const
{
    return splitList(m_coordinates->text());
}

std::vector<std::pair<QString, double>> TypedLagrangianForm::parameters() const
{
    std::vector<std::pair<QString, double>> parameters;
    for (const QString& item : splitList(m_parameters->text())) {
        const QStringList parts = item.split(QLatin1Char('='));
        bool ok = false;
        const double value =
            parts.size() == 2 ? QLocale::c().toDouble(parts[1].trimmed(), &ok) : 0.0;
        if (ok)
            parameters.emplace_back(parts[0].trimmed(), value);
    }
    return parameters;
}

std::optional<QString> TypedLagrangianForm::parameterProblem() const
{
    for (const QString& item : splitList(m_parameters->text())) {
        const QStringList parts = item.split(QLatin1Char('='));
        bool ok = false;
        if (parts.size() == 2)
            QLocale::c().toDouble(parts[1].trimmed(), &ok);
        if (!ok || parts[0].trimmed().isEmpty())
            return tr("The parameter \"%1\" is not written as NAME=VALUE. Write it as, for "
                      "example, m=1.5.")
                .arg(item);
    }
    return std::nullopt;
}

std::vector<PlanarPair> TypedLagrangianForm::planarPairs() const
{
    std::vector<PlanarPair> pairs;
    const QStringList names = coordinates();
    for (const QString& pair : m_planarPairs->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList members = splitList(pair);
        if (members.size() != 2)
            continue;
        const auto x = names.indexOf(members[0]);
        const auto y = names.indexOf(members[1]);
        if (x >= 0 && y >= 0)
            pairs.push_back(PlanarPair{.x = int(x), .y = int(y)});
    }
    return pairs;
}

void TypedLagrangianForm::setPlanarPairs(const QString& pairs)
{
    m_planarPairs->setText(pairs);
    parse(false);
}

std::optional<QString> TypedLagrangianForm::planarPairProblem() const
{
    const QStringList names = coordinates();
    QStringList used;
    for (const QString& pair : m_planarPairs->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (pair.trimmed().isEmpty())
            continue;
        const QStringList members = splitList(pair);
        if (members.size() != 2)
            return tr("The planar pair \"%1\" does not name two coordinates. Write it as, for "
                      "example, x, y.")
                .arg(pair.trimmed());
        for (const QString& member : members) {
            if (!names.contains(member))
                return tr("The planar pair names \"%1\", which is not a coordinate. Use the "
                          "names of the Coordinates field.")
                    .arg(member);
            if (used.contains(member))
                return tr("The coordinate \"%1\" is in two planar pairs. Use each coordinate "
                          "once.")
                    .arg(member);
            used << member;
        }
    }
    return std::nullopt;
}

std::vector<Range> TypedLagrangianForm::positionRanges() const
{
    const double half = m_positionRange->value();
    return std::vector<Range>(coordinates().size(), Range{-half, half});
}

std::vector<Range> TypedLagrangianForm::velocityRanges() const
{
    const double half = m_velocityRange->value();
    return std::vector<Range>(coordinates().size(), Range{-half, half});
}

void TypedLagrangianForm::setInput(const QString& formula, const QString& coordinates,
                                   const QString& parameters)
{
    m_formula->setText(formula);
    m_coordinates->setText(coordinates);
    m_parameters->setText(parameters);
    parse(false);
}

void TypedLagrangianForm::parse(bool moveCaret)
{
    m_parseTimer->stop();
    if (const std::optional<QString> problem = parameterProblem()) {
        showProblem(*problem, nullptr);
        return;
    }
    if (const std::optional<QString> problem = planarPairProblem()) {
        showProblem(*problem, nullptr);
        return;
    }
    const Result<symbolic::TypedSystem> typed =
        symbolic::parseTypedSystem(formula(), coordinates(), parameters());
    if (!typed) {
        const Error& error = typed.error();
        showProblem(describeError(error), &error);
        if (moveCaret && error.column > 0) {
            m_formula->setFocus();
            m_formula->setCursorPosition(error.column - 1);
        }
        return;
    }
    const bool changed = !m_problem.isEmpty() || !m_error->text().isEmpty();
    showProblem(QString(), nullptr);
    if (changed)
        qCInfo(lcImport).noquote() << "typed Lagrangian parses:" << formula();
    emit validInput();
}

void TypedLagrangianForm::showProblem(const QString& problem, const Error* formulaError)
{
    m_problem = problem;
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    // A caret under the formula marks the column, also when the message leaves it out.
    const bool mark = formulaError != nullptr && formulaError->column > 0 &&
                      formulaError->kind >= ErrorKind::FormulaEmpty;
    if (mark) {
        const QString caret = QString(formulaError->column - 1, QLatin1Char(' ')) +
                              QStringLiteral("^ ") + tr("column %1").arg(formulaError->column);
        m_pointer->setText(formula() + QLatin1Char('\n') + caret);
    }
    m_pointer->setVisible(mark);
}

} // namespace lab
