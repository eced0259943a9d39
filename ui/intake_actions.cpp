#include <ui/intake_actions.h>

#include <ui/csv_import_wizard.h>
#include <ui/duplicates_dialog.h>
#include <ui/export_dialog.h>
#include <ui/merge_history_dialog.h>
#include <ui/message_boxes.h>
#include <ui/resume_import_dialog.h>
#include <ui/session.h>
#include <ui/vcard_import.h>
#include <ui/vocabulary_dialog.h>

#include <core/contacts/contact_normalization.h>
#include <core/intake/resume_import.h>
#include <core/intake/skill_vocabulary.h>
#include <core/records/match_score.h>
#include <core/records/settings_store.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace Tandem::Ui {

namespace {

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QString regionLabel(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code
                                              : QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

} // namespace

IntakeActions::IntakeActions(QWidget *window, SessionGetter session)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
{
}

void IntakeActions::addImportMenu(QMenu *file)
{
    QMenu *import = file->addMenu(tr("&Import"));
    QAction *resumes = import->addAction(tr("&Resumes…"), this, &IntakeActions::chooseResumes);
    resumes->setStatusTip(tr("Read PDF, DOCX, ODT, TXT or HTML resumes into candidates, with a review before saving"));
    QAction *folder = import->addAction(tr("Resume &Folder…"), this, &IntakeActions::chooseResumeFolder);
    folder->setStatusTip(tr("Import every resume in a folder and its subfolders"));
    import->addSeparator();
    QAction *csv = import->addAction(tr("&CSV File…"), this, &IntakeActions::importCsv);
    csv->setStatusTip(tr("Import a list: LinkedIn connections, another ATS's export or any spreadsheet"));
    QAction *vcard = import->addAction(tr("&vCard File…"), this, &IntakeActions::importVCard);
    vcard->setStatusTip(tr("Import contacts from a vCard (.vcf) file"));
    m_actions << resumes << folder << csv << vcard;
}

void IntakeActions::addExportAction(QMenu *file, std::function<QList<qint64>()> selection)
{
    QAction *exportAction = file->addAction(tr("E&xport Selected Candidates…"), this, [this, selection] {
        Session *session = m_session();
        if (!session)
            return;
        const QList<qint64> ids = selection();
        if (ids.isEmpty()) {
            showInformation(m_window, tr("Export Candidates"), tr("No candidate is selected."),
                            tr("Select people in the Candidates list (Ctrl+A for all shown), then export."));
            return;
        }
        ExportDialog dialog(session->db(), ids, m_window);
        connect(&dialog, &ExportDialog::exported, this, [this](const QString &path, int count) {
            emit message(tr("Exported %1 to %2").arg(count).arg(QDir::toNativeSeparators(path)));
        });
        dialog.exec();
    });
    exportAction->setStatusTip(tr("Save the selected candidates as CSV or vCard"));
    m_actions << exportAction;
}

void IntakeActions::addTools(QMenu *tools)
{
    QAction *duplicates = tools->addAction(tr("Find &Duplicates…"), this, &IntakeActions::findDuplicates);
    duplicates->setStatusTip(tr("People stored twice: same e-mail, phone or LinkedIn profile, or a similar name at "
                                "the same employer or city"));
    QAction *history = tools->addAction(tr("&Merge History…"), this, &IntakeActions::showMergeHistory);
    history->setStatusTip(tr("Merges made so far; undo your own"));
    m_actions << duplicates << history;
}

void IntakeActions::importCsv()
{
    Session *session = m_session();
    if (!session)
        return;
    auto *wizard = new CsvImportWizard(session->db(), session->actor(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CsvImportWizard::imported, this, [this](int created, int updated) {
        emit imported({});
        emit message(tr("List imported: %1 created, %2 updated").arg(created).arg(updated));
    });
    wizard->open();
}

void IntakeActions::importVCard()
{
    Session *session = m_session();
    if (!session)
        return;
    Ui::importVCard(m_window, session->db(), session->actor(), {}, [this](const ImportSummary &summary) {
        if (summary.stored() > 0)
            emit imported({});
    });
}

void IntakeActions::findDuplicates()
{
    Session *session = m_session();
    if (!session)
        return;
    auto *dialog = new DuplicatesDialog(*session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::candidateMerged, this, &IntakeActions::merged);
    dialog->show();
    dialog->search();
}

void IntakeActions::showMergeHistory()
{
    Session *session = m_session();
    if (!session)
        return;
    MergeHistoryDialog dialog(*session, 0, m_window);
    connect(&dialog, &MergeHistoryDialog::mergeUndone, this, [this](qint64 survivorId) { emit merged(survivorId); });
    dialog.exec();
}

void IntakeActions::addSettings(QMenu *settings)
{
    QAction *vocabulary = settings->addAction(tr("S&kills Vocabulary…"), this, [this] {
        if (Session *session = m_session()) {
            VocabularyDialog::edit(*session, m_window);
            useVocabulary();
        }
    });
    vocabulary->setStatusTip(tr("The skills and synonyms resumes are matched against (JS = JavaScript, k8s = Kubernetes)"));
    m_actions << vocabulary;
    QAction *region = settings->addAction(tr("Phone &Region…"), this, &IntakeActions::choosePhoneRegion);
    region->setStatusTip(tr("The country that phone numbers without a +country code belong to"));
    m_actions << region;
}

void IntakeActions::setEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
}

bool IntakeActions::canImport(const QMimeData *data)
{
    const QStringList paths = localFiles(data);
    return std::any_of(paths.cbegin(), paths.cend(), [](const QString &path) {
        return QFileInfo(path).isDir() || ResumeReader::hasResumeExtension(path);
    });
}

void IntakeActions::useVocabulary()
{
    Session *session = m_session();
    if (!session)
        return;
    auto loaded = SkillVocabulary::load(session->db());
    SkillVocabulary vocabulary = loaded ? *loaded : SkillVocabulary::builtIn();
    MatchScorer::setDefaultCanonical(
        [vocabulary](const QString &skill) { return vocabulary.canonical(skill).value_or(skill); });
}

void IntakeActions::importDropped(const QMimeData *data)
{
    importResumes(localFiles(data));
}

void IntakeActions::importResumes(const QStringList &paths)
{
    Session *session = m_session();
    if (!session || paths.isEmpty())
        return;
    auto *dialog = new ResumeImportDialog(*session, paths, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResumeImportDialog::imported, this, &IntakeActions::imported);
    dialog->start();
}

void IntakeActions::chooseResumes()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Resumes"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Resumes (*.pdf *.docx *.odt *.txt *.text *.md *.html *.htm);;All files (*)"));
    importResumes(paths);
}

void IntakeActions::chooseResumeFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Import a Resume Folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty())
        importResumes({folder});
}

void IntakeActions::choosePhoneRegion()
{
    Session *session = m_session();
    if (!session)
        return;
    SettingsStore store(session->db(), session->actor());
    const QString key = QString::fromLatin1(kDefaultPhoneRegionKey);
    const QString current = store.value(key).value_or(QString());
    const QString chosen = isKnownPhoneRegion(current) ? current.toUpper() : fallbackPhoneRegion();
    QStringList labels;
    const QStringList codes = knownPhoneRegions();
    for (const QString &code : codes)
        labels.append(regionLabel(code));
    bool ok = false;
    const QString picked = QInputDialog::getItem(m_window, tr("Phone Region"),
                                                 tr("Phone numbers written without +country code belong to:"), labels,
                                                 int(codes.indexOf(chosen)), false, &ok);
    if (!ok)
        return;
    const QString code = codes.value(labels.indexOf(picked));
    if (auto saved = store.setValue(key, code); !saved)
        showError(m_window, tr("Phone Region"), saved.error());
}

} // namespace Tandem::Ui
