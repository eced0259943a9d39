#pragma once

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace Tandem {
class Database;
}

namespace Tandem::Ui {

// Exports the selected candidates to CSV (spreadsheets, other systems; formula cells
// neutralised) or vCard 4.0 / 3.0 (address books). The file is written on a worker.
// Borrows the Database (UI thread); the worker opens its own connection.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Format { Csv, VCard4, VCard3 };

    ExportDialog(Database &db, QList<qint64> candidateIds, QWidget *parent = nullptr);

    void setFormat(Format format);
    void setPath(const QString &path);
    // Writes the file (on a worker); the dialog closes with Accepted when it was written.
    void exportNow();

signals:
    void exported(const QString &path, int count);

private:
    void browse();
    Format format() const;

    Database &m_db; // not owned
    QList<qint64> m_ids;
    QButtonGroup *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Tandem::Ui
