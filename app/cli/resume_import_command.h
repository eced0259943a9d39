#pragma once

#include "command.h"

namespace Tandem::Cli {

// `tandem-cli import resumes PATH... [--on-duplicate update|skip|create]`: reads, parses and
// stores resumes (files or folders), one line per file and a summary. The `import` command
// (list_commands.cpp) hands its `resumes` mode here.
int importResumes(Context &context, const QStringList &paths, const QString &onDuplicate);

} // namespace Tandem::Cli
