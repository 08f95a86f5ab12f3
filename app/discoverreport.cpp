#include "discoverreport.h"

#include "discoverytext.h"

#include "symbolic/parser.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace lab::cli {

namespace {

using symbolic::Notation;

QString quoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QJsonObject describeCandidate(const discovery::Candidate& candidate, int index,
                              const symbolic::SymbolTable& symbols)
{
    QJsonObject object{
        {"index", index},
        {"complexity", candidate.complexity},
        {"loss", candidate.loss},
        {"score", candidate.score},
        {"formula", symbolic::formatExpression(candidate.expression, symbols, Notation::Text)},
        {"unicode", symbolic::formatExpression(candidate.expression, symbols, Notation::Unicode)},
        {"latex", symbolic::formatExpression(candidate.expression, symbols, Notation::Latex)},
        {"sympy", symbolic::formatExpression(candidate.expression, symbols, Notation::Sympy)}};
    if (candidate.alternativeTo >= 0)
        object.insert("alternative_to", candidate.alternativeTo);
    return object;
}

QString noteKind(discovery::FrontNote::Kind kind)
{
    switch (kind) {
    case discovery::FrontNote::Kind::Indistinguishable:
        return QStringLiteral("indistinguishable");
    case discovery::FrontNote::Kind::PoorFit:
        return QStringLiteral("poor_fit");
    case discovery::FrontNote::Kind::BetterFit:
        return QStringLiteral("better_fit");
    case discovery::FrontNote::Kind::AboveNoise:
        return QStringLiteral("above_noise");
    }
    return {};
}

} // namespace

QJsonObject describeFront(const discovery::ParetoFront& front, const symbolic::SymbolTable& symbols)
{
    QJsonArray coordinates;
    QJsonArray velocities;
    for (const QString& name : symbols.coordinates) {
        coordinates.append(name);
        velocities.append(name + QLatin1String("_dot"));
    }
    QJsonArray candidates;
    for (std::size_t i = 0; i < front.candidates.size(); ++i)
        candidates.append(describeCandidate(front.candidates[i], static_cast<int>(i), symbols));
    QJsonArray notes;
    for (const discovery::FrontNote& note : front.notes)
        notes.append(QJsonObject{{"kind", noteKind(note.kind)},
                                 {"first", note.first},
                                 {"second", note.second},
                                 {"value", note.value},
                                 {"message", describeFrontNote(note, front, symbols)}});
    return QJsonObject{{"coordinates", coordinates},
                       {"velocities", velocities},
                       {"picked", front.picked},
                       {"candidates", candidates},
                       {"notes", notes}};
}

Status writeFrontCsv(const QString& path, const discovery::ParetoFront& front,
                     const symbolic::SymbolTable& symbols)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error{.kind = ErrorKind::FileNotWritable, .file = path, .text = file.errorString()};
    QTextStream out(&file);
    out << "index,complexity,loss,score,picked,alternative_to,formula,latex,sympy\n";
    for (std::size_t i = 0; i < front.candidates.size(); ++i) {
        const discovery::Candidate& c = front.candidates[i];
        out << i << ',' << c.complexity << ',' << QString::number(c.loss, 'g', 10) << ','
            << QString::number(c.score, 'g', 10) << ','
            << (static_cast<int>(i) == front.picked ? 1 : 0) << ','
            << (c.alternativeTo >= 0 ? QString::number(c.alternativeTo) : QString()) << ','
            << quoted(symbolic::formatExpression(c.expression, symbols, Notation::Text)) << ','
            << quoted(symbolic::formatExpression(c.expression, symbols, Notation::Latex)) << ','
            << quoted(symbolic::formatExpression(c.expression, symbols, Notation::Sympy)) << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok)
        return Error{.kind = ErrorKind::FileNotWritable, .file = path, .text = file.errorString()};
    return Success{};
}

} // namespace lab::cli
