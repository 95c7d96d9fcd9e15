#pragma once

#include <QString>

#include <optional>

namespace PlexAuth::Cli {

// The process's standard streams: data to stdout, everything else to stderr, prompts on the
// terminal without echo.
namespace Terminal {

bool stdinIsTerminal();
bool stderrIsTerminal();

// Text from a server (server and device names, source titles, addresses, error details) may hold
// control characters that rewrite the screen: C0 (ESC starts a sequence), DEL and C1 (U+009B is a CSI
// on its own). Every line for people goes through lines() on its way out, and each value put into a
// line through field(): each such character becomes U+FFFD, which leaves an escape sequence inert
// text. Other Unicode is kept.
// One value within a line: a tab or line break becomes U+FFFD too, so a value cannot forge a line.
QString field(QStringView text);
// Whole lines: as field(), but '\n' still ends a line.
QString lines(QStringView text);

// Both write lines(text): a table, a message, JSON (whose strings escape control characters) or a
// token all pass through unchanged unless they hold a control character.
void out(const QString &text);
void err(const QString &text);
// Rewrites the current stderr line (a countdown) with field(text); only on a terminal.
void status(const QString &text);

// One line from stdin without its line ending; std::nullopt at end of input.
std::optional<QString> readLine();
// Asks on the terminal with echo turned off. std::nullopt when stdin is not a terminal or
// the input ended.
std::optional<QString> readSecret(const QString &prompt);

} // namespace Terminal

} // namespace PlexAuth::Cli
