#pragma once

#include "plextvclient.h"

#include <QDeadlineTimer>
#include <QPointer>

namespace PlexAuth {

// Signing in with a login and password: the first try, then, when plex.tv asks for it (1029), the
// same form with a verification code. A lock-out (1031) or rate limit (429) starts a cool-down during
// which no new attempt is sent (every attempt extends plex.tv's pause). Ends each attempt with
// finished(); result() then holds the account plex.tv returned, token included, or the error.
class PasswordSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordSignIn)

public:
    explicit PasswordSignIn(PlexTvClient *plexTv, QObject *parent = nullptr);
    ~PasswordSignIn() override;

    // Sends `form` (its verificationCode once codeRequired()). Ignored while running or cooling down.
    void submit(const SignInForm &form);
    // Stops the attempt under way: finished() with a Canceled error.
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }
    const Result<Account> &result() const { return m_result; }

    // plex.tv asked for a verification code for the last login; a new login starts over.
    bool codeRequired() const { return m_codeRequired; }
    void forgetCodeRequirement() { m_codeRequired = false; }

    bool isCoolingDown() const { return m_coolDown.has_value() && !m_coolDown->hasExpired(); }
    // Whole seconds left of the cool-down, rounded up; 0 when there is none.
    qint64 coolDownSecondsLeft() const;

Q_SIGNALS:
    void finished();

private:
    PlexTvClient *m_plexTv;
    QPointer<PlexCall> m_call;
    Result<Account> m_result;
    std::optional<QDeadlineTimer> m_coolDown;
    bool m_codeRequired = false;
};

} // namespace PlexAuth
