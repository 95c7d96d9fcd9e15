#include "passwordsignin.h"

namespace PlexAuth {

PasswordSignIn::PasswordSignIn(PlexTvClient *plexTv, QObject *parent)
    : QObject(parent)
    , m_plexTv(plexTv)
    , m_result(PlexError {})
{ }

PasswordSignIn::~PasswordSignIn()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

void PasswordSignIn::submit(const SignInForm &form)
{
    if (isRunning() || isCoolingDown())
        return;
    m_call = m_plexTv->signIn(
        form, this, [this, withCode = !form.verificationCode.isEmpty()](const Result<Account> &result) {
            m_call.clear();
            m_result = result;
            if (!result.ok()) {
                const PlexError &error = result.error();
                if (error.kind == ErrorKind::VerificationCodeRequired)
                    m_codeRequired = true;
                else if (error.kind == ErrorKind::VerificationCodeRejected)
                    m_codeRequired = withCode || m_codeRequired;
                if (error.isRateLimit())
                    m_coolDown = QDeadlineTimer(std::chrono::seconds(error.coolDownSeconds()));
            }
            Q_EMIT finished();
        });
}

void PasswordSignIn::cancel()
{
    if (m_call)
        m_call->abort(); // its handler reports the cancellation
}

qint64 PasswordSignIn::coolDownSecondsLeft() const
{
    if (!isCoolingDown())
        return 0;
    return (m_coolDown->remainingTime() + 999) / 1000;
}

} // namespace PlexAuth
