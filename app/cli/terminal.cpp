#include "terminal.h"

#include "securememory.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace PlexAuth::Cli::Terminal {

namespace {
bool isControl(char16_t unit, bool keepLineBreaks)
{
    if (unit == u'\n')
        return !keepLineBreaks;
    return unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);
}

QString withoutControls(QStringView text, bool keepLineBreaks)
{
    QString clean = text.toString();
    for (QChar &character : clean) {
        if (isControl(character.unicode(), keepLineBreaks))
            character = QChar::ReplacementCharacter;
    }
    return clean;
}

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

#ifndef Q_OS_WIN
// Ctrl-C at a password prompt must not leave the terminal without echo.
termios g_savedTerminal {};
volatile sig_atomic_t g_echoIsOff = 0;

extern "C" void restoreEchoAndDie(int signal)
{
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_saved)
            && SetConsoleMode(m_handle, m_saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= tcflag_t(ECHONL);
            g_savedTerminal = m_saved;
            g_echoIsOff = 1;
            for (int signal : { SIGINT, SIGTERM, SIGHUP, SIGQUIT })
                std::signal(signal, restoreEchoAndDie);
            m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_ok)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_saved);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        g_echoIsOff = 0;
        for (int signal : { SIGINT, SIGTERM, SIGHUP, SIGQUIT })
            std::signal(signal, SIG_DFL);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved {};
#endif
    bool m_ok = false;
};
} // namespace

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

QString field(QStringView text)
{
    return withoutControls(text, false);
}

QString lines(QStringView text)
{
    return withoutControls(text, true);
}

void out(const QString &text)
{
    write(stdout, lines(text));
}

void err(const QString &text)
{
    write(stderr, lines(text));
}

void status(const QString &text)
{
    if (stderrIsTerminal())
        write(stderr, QStringLiteral("\r\x1b[K") + field(text));
}

std::optional<QString> readLine()
{
    // The line may be a password or a code: room for it up front, so growing never leaves a copy
    // behind in freed memory, and zeroed once it is converted.
    std::string line;
    line.reserve(1024);
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromStdString(line);
    SecureMemory::wipe(line);
    return text;
}

std::optional<QString> readSecret(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    err(prompt);
    EchoOff echoOff;
    return readLine();
}

} // namespace PlexAuth::Cli::Terminal
