#include "password_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#ifdef TANDEM_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <optional>

namespace Tandem::Ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tandem::Ui::PasswordStore", text);
}

Error notRemembered(const QString &reason)
{
    return Error{ErrorCode::Unsupported,
                 tr("The password could not be remembered: %1; you will be asked again next time.").arg(reason),
                 tr("Connecting works all the same; only the password is not kept.")};
}

Error notFound(const ConnectionSettings &settings)
{
    return Error{ErrorCode::NotFound, tr("No password is stored for %1.").arg(settings.displayName()), {}};
}

#ifdef TANDEM_HAVE_KEYCHAIN

Error notRead(const QString &reason)
{
    return Error{ErrorCode::Unsupported,
                 tr("The stored password could not be read: %1; enter it to connect.").arg(reason), {}};
}

// QtKeychain's texts are terse and backend-specific ("No keychain service available");
// the usual causes get words a user can act on.
QString reasonFor(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return tr("no system keychain is available (on Linux a Secret Service such as GNOME Keyring or KWallet "
                  "must be running)");
    case QKeychain::AccessDeniedByUser:
        return tr("access to the keychain was refused");
    case QKeychain::NotImplemented:
        return tr("this system has no keychain Tandem can use");
    default:
        break;
    }
    // The backend's own words ("Could not connect: No such file or directory" when no
    // Secret Service runs) mean little alone: say what they are about.
    const QString text = job.errorString().trimmed();
    return text.isEmpty() ? tr("the system keychain could not be used")
                          : tr("the system keychain could not be used (%1)").arg(text);
}

// Starts a job whose answer reaches `finished` on this thread, unless `context` went first.
template <typename JobType, typename Finished>
void run(JobType *job, QObject *context, const ConnectionSettings &settings, Finished finished)
{
    job->setAutoDelete(true);
    // Never a plain-text file as a stand-in: a password goes to the keychain or nowhere.
    job->setInsecureFallback(false);
    job->setKey(PasswordStore::keyFor(settings));
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job,
                     [finished = std::move(finished)](QKeychain::Job *done) {
                         finished(*static_cast<JobType *>(done));
                     });
    job->start();
}

#else

// Built without QtKeychain: answer asynchronously all the same, so callers behave alike.
template <typename Answer, typename Callback>
void answerLater(QObject *context, Callback callback, Answer answer)
{
    auto deliver = [callback = std::move(callback), answer = std::move(answer)] { callback(answer); };
    if (context)
        QTimer::singleShot(0, context, deliver);
    else
        QTimer::singleShot(0, deliver);
}

QString noKeychainReason()
{
    return tr("this build of Tandem has no keychain support");
}

#endif

// Runs one asynchronous call to its end in a local event loop. User input waits meanwhile:
// a click could otherwise start another open in the middle of this one.
template <typename Answer, typename Start>
Answer wait(Start start)
{
    QEventLoop loop;
    std::optional<Answer> answer;
    start(&loop, [&](const Answer &a) {
        answer = a;
        loop.quit();
    });
    if (!answer)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *answer;
}

} // namespace

bool PasswordStore::isAvailable()
{
#ifdef TANDEM_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString PasswordStore::serviceName()
{
    return QStringLiteral("Tandem");
}

QString PasswordStore::keyFor(const ConnectionSettings &settings)
{
    return QStringLiteral("%1@%2:%3/%4").arg(settings.user, settings.host).arg(settings.port).arg(settings.database);
}

void PasswordStore::store(const ConnectionSettings &settings, QObject *context, Done done)
{
#ifdef TANDEM_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(settings.password);
    run(job, context, settings, [done = std::move(done)](const QKeychain::WritePasswordJob &finished) {
        if (finished.error() == QKeychain::NoError)
            done(Status{});
        else
            done(std::unexpected(notRemembered(reasonFor(finished))));
    });
#else
    Q_UNUSED(settings);
    answerLater(context, std::move(done), Status(std::unexpected(notRemembered(noKeychainReason()))));
#endif
}

void PasswordStore::load(const ConnectionSettings &settings, QObject *context, Loaded loaded)
{
#ifdef TANDEM_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    run(job, context, settings, [settings, loaded = std::move(loaded)](const QKeychain::ReadPasswordJob &finished) {
        if (finished.error() == QKeychain::NoError)
            loaded(finished.textData());
        else if (finished.error() == QKeychain::EntryNotFound)
            loaded(std::unexpected(notFound(settings)));
        else
            loaded(std::unexpected(notRead(reasonFor(finished))));
    });
#else
    answerLater(context, std::move(loaded), Result<QString>(std::unexpected(notFound(settings))));
#endif
}

void PasswordStore::forget(const ConnectionSettings &settings, QObject *context, Done done)
{
#ifdef TANDEM_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    run(job, context, settings, [done = std::move(done)](const QKeychain::DeletePasswordJob &finished) {
        // Nothing stored is what forgetting wants.
        if (finished.error() == QKeychain::NoError || finished.error() == QKeychain::EntryNotFound)
            done(Status{});
        else
            done(fail(ErrorCode::Unsupported,
                      tr("The stored password could not be removed: %1.").arg(reasonFor(finished)),
                      tr("Remove the entry \"%1\" of \"Tandem\" with the system's keychain tool.")
                          .arg(finished.key())));
    });
#else
    Q_UNUSED(settings);
    // Nothing can have been stored by this build.
    answerLater(context, std::move(done), Status{});
#endif
}

Status PasswordStore::storeAndWait(const ConnectionSettings &settings)
{
    return wait<Status>([&](QObject *context, auto done) { store(settings, context, done); });
}

Result<QString> PasswordStore::loadAndWait(const ConnectionSettings &settings)
{
    return wait<Result<QString>>([&](QObject *context, auto loaded) { load(settings, context, loaded); });
}

Status PasswordStore::forgetAndWait(const ConnectionSettings &settings)
{
    return wait<Status>([&](QObject *context, auto done) { forget(settings, context, done); });
}

} // namespace Tandem::Ui
