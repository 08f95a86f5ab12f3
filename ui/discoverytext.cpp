#include "discoverytext.h"

#include "symbolic/parser.h"

#include <QCoreApplication>

namespace lab {

namespace {

class DiscoveryText
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryText)
};

QString unicodeFormula(const discovery::ParetoFront& front, int index,
                       const symbolic::SymbolTable& symbols)
{
    if (index < 0 || index >= static_cast<int>(front.candidates.size()))
        return {};
    return symbolic::formatExpression(front.candidates[static_cast<std::size_t>(index)].expression,
                                      symbols, symbolic::Notation::Unicode);
}

} // namespace

QString describeFrontNote(const discovery::FrontNote& note, const discovery::ParetoFront& front,
                          const symbolic::SymbolTable& symbols)
{
    switch (note.kind) {
    case discovery::FrontNote::Kind::Indistinguishable:
        return DiscoveryText::tr("The data cannot separate L = %1 from L = %2: their losses differ "
                                 "by %3 %. Record motion over a wider range of states (larger "
                                 "amplitudes) to tell them apart.")
            .arg(unicodeFormula(front, note.first, symbols),
                 unicodeFormula(front, note.second, symbols))
            .arg(100.0 * note.value, 0, 'g', 2);
    case discovery::FrontNote::Kind::PoorFit:
        return DiscoveryText::tr("Even the most accurate candidate leaves a relative error of "
                                 "%1 % in the accelerations: the motion may not be conservative "
                                 "(damping, a drive), the data may be too noisy, or the operators "
                                 "may not suffice.")
            .arg(100.0 * std::sqrt(note.value), 0, 'g', 3);
    case discovery::FrontNote::Kind::BetterFit:
        return DiscoveryText::tr("L = %1 fits the data significantly better than the pick L = %2 "
                                 "(loss %3 % lower, beyond the noise): the data resolve an effect "
                                 "that the pick leaves out, such as an anharmonic term, or damping "
                                 "or a drive, which no Lagrangian describes. Compare their motion "
                                 "before choosing.")
            .arg(unicodeFormula(front, note.second, symbols),
                 unicodeFormula(front, note.first, symbols))
            .arg(100.0 * note.value, 0, 'g', 2);
    case discovery::FrontNote::Kind::AboveNoise:
        return DiscoveryText::tr("Even the most accurate candidate leaves %1 times the error that "
                                 "the noise in the positions explains: the motion contains an "
                                 "effect that no candidate describes, such as damping, a drive or "
                                 "tracking errors. The pick is the candidate with the best score, "
                                 "not the one with the lowest loss.")
            .arg(note.value, 0, 'f', 0);
    }
    return {};
}

QString describeStopReason(discovery::StopReason reason)
{
    switch (reason) {
    case discovery::StopReason::TimeLimit:
        return DiscoveryText::tr("time limit reached");
    case discovery::StopReason::EvaluationBudget:
        return DiscoveryText::tr("evaluation budget used");
    case discovery::StopReason::TargetLoss:
        return DiscoveryText::tr("target loss reached");
    case discovery::StopReason::Cancelled:
        return DiscoveryText::tr("stopped by the user");
    }
    return {};
}

} // namespace lab
