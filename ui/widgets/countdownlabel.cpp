#include "countdownlabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QTextDocumentFragment>

namespace PlexAuth {

namespace {
// The label's accessible side: the name is the text shown now (plain), the description its purpose.
class AccessibleCountdownLabel final : public QAccessibleWidget
{
public:
    explicit AccessibleCountdownLabel(CountdownLabel *label)
        : QAccessibleWidget(label, QAccessible::StaticText)
    { }

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const CountdownLabel *>(widget());
        switch (t) {
        case QAccessible::Name: {
            const QString shown = label->textFormat() == Qt::PlainText
                ? label->text()
                : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
            return shown.isEmpty() ? label->purpose() : shown;
        }
        case QAccessible::Description:
            return label->purpose();
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface *countdownLabelFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(CountdownLabel::staticMetaObject.className()))
        return new AccessibleCountdownLabel(static_cast<CountdownLabel *>(object));
    return nullptr;
}
} // namespace

CountdownLabel::CountdownLabel(QWidget *parent)
    : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(countdownLabelFactory);
        return true;
    }();
    Q_UNUSED(installed)
    setTextFormat(Qt::PlainText);
    setPurpose(tr("Status"));
}

void CountdownLabel::setPurpose(const QString &purpose)
{
    m_purpose = purpose;
    // QLabel::setText() announces every change while the widget's own accessible name is empty:
    // with one set, only announce() speaks.
    setAccessibleName(purpose);
}

void CountdownLabel::showStatus(const QString &text)
{
    m_milestones.reset();
    if (text == this->text())
        return;
    setText(text);
    announce();
}

void CountdownLabel::showCountdown(const QString &text, qint64 secondsLeft)
{
    const bool milestone = m_milestones.reached(secondsLeft);
    if (text == this->text())
        return;
    setText(text);
    if (milestone)
        announce();
}

void CountdownLabel::clearStatus()
{
    m_milestones.reset();
    clear();
}

void CountdownLabel::announce()
{
    // A hidden line (a tab not shown, a panel folded away) keeps quiet; it is read when reached.
    if (!isVisible())
        return;
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

QString CountdownLabel::durationText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds / 3600) % 24;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(minutes);
    return QStringLiteral("%1:%2:%3")
        .arg(hours)
        .arg(minutes, 2, 10, QLatin1Char('0'))
        .arg(secs, 2, 10, QLatin1Char('0'));
}

} // namespace PlexAuth
