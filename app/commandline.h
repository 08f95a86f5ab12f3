#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lab::cli {

/// Translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// True when the arguments name a command-line subcommand rather than starting the GUI.
bool isCommand(const QStringList& arguments);

/// Runs the subcommand in arguments[1] with the rest of the arguments. Prints results on
/// stdout, progress and a one-line reason for any failure on stderr. Returns the exit status.
int runCommand(const QStringList& arguments);

int runTrain(const QStringList& arguments);
int runAccelerations(const QStringList& arguments);
int runDiscover(const QStringList& arguments);
int runRollout(const QStringList& arguments);
int runConserved(const QStringList& arguments);

/// Writes a line to stderr.
void printError(const QString& message);

} // namespace lab::cli
