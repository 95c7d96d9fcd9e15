#pragma once

#include <QString>

#include <optional>

namespace PlexAuth::Cli {

// The process's standard streams: data to stdout, everything else to stderr, prompts on the
// terminal without echo.
namespace Terminal {

bool stdinIsTerminal();
bool stderrIsTerminal();

void out(const QString &text);
void err(const QString &text);
// Rewrites the current stderr line (a countdown); only on a terminal.
void status(const QString &text);

// One line from stdin without its line ending; std::nullopt at end of input.
std::optional<QString> readLine();
// Asks on the terminal with echo turned off. std::nullopt when stdin is not a terminal or
// the input ended.
std::optional<QString> readSecret(const QString &prompt);

} // namespace Terminal

} // namespace PlexAuth::Cli
