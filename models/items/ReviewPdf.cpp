#include "ReviewPdf.h"

#include "models/io/FileAccess.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace warden {

QByteArray reviewPdf(const ReviewReport& report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(report.title());
        writer.setCreator(QStringLiteral("Warden"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(96);
        QTextDocument document;
        document.setHtml(report.html());
        document.print(&writer);
    }
    return buffer.data();
}

Status writeReview(const ReviewReport& report, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return FileAccess::write(path, reviewPdf(report));
    if (suffix == QLatin1String("csv"))
        return FileAccess::write(path, report.csv());
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return FileAccess::write(path, report.html().toUtf8());
    return invalid(
        QCoreApplication::translate("ReviewReport", "%1: choose a file ending in .csv, .html or .pdf.").arg(path));
}

} // namespace warden
