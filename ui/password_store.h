#pragma once

#include <core/common/error.h>
#include <core/storage/connection_settings.h>

#include <QString>

#include <functional>

class QObject;

namespace Tandem::Ui {

// Team-server passwords in the OS keychain (DESIGN.md section 4), through QtKeychain: the
// Secret Service on Linux, the Keychain on macOS, the Credential Manager on Windows. A
// password is never written anywhere else: no insecure fallback file, no QSettings.
//
// Entries are filed under the service "Tandem" with the key "user@host:port/database".
// The keychain works asynchronously (a desktop may ask the user to unlock it), so store,
// load and forget take a callback that runs on the UI thread; the ...AndWait forms run a
// local event loop for the open path, which needs the password before it can go on.
//
// Errors are never fatal: a desktop without a keychain (no Secret Service on D-Bus, as in
// CI and on many minimal desktops) only means the user is asked again next time.
// load() reports ErrorCode::NotFound when nothing is stored for the server.
class PasswordStore
{
public:
    using Done = std::function<void(const Status &result)>;
    using Loaded = std::function<void(const Result<QString> &password)>;

    // Whether this build can reach a keychain at all (it was built with QtKeychain).
    static bool isAvailable();
    static QString serviceName();
    static QString keyFor(const ConnectionSettings &settings);

    // `context` ends the wait: when it is destroyed first, the callback does not run.
    static void store(const ConnectionSettings &settings, QObject *context, Done done);
    static void load(const ConnectionSettings &settings, QObject *context, Loaded loaded);
    static void forget(const ConnectionSettings &settings, QObject *context, Done done);

    static Status storeAndWait(const ConnectionSettings &settings);
    static Result<QString> loadAndWait(const ConnectionSettings &settings);
    static Status forgetAndWait(const ConnectionSettings &settings);
};

} // namespace Tandem::Ui
