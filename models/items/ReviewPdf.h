#pragma once

#include "models/io/ReviewReport.h"

#include <QRectF>

class QPaintDevice;
class QPdfWriter;

namespace warden {

// One thing placed on a page of the PDF: what it is, where, and its text (a row's cells joined by
// tabs). Tests read the layout to check what the pages promise.
struct PdfItem
{
    enum class Kind
    {
        Title,
        Fact,
        Total,
        Note,
        Heading,
        Caption,
        HeaderRow,
        GroupRow,
        Row,
        Footer
    };
    Kind kind;
    QRectF rect;
    QString text;
    QList<qreal> columns; // a row's: the share of the width of each cell
};
using PdfPages = QList<QList<PdfItem>>;

// The review laid out on A4 pages of `device`: a cover with the user, the store, the time and the
// totals; then tables whose rows never break across pages, whose header row repeats on every page
// it continues on, and whose heading is never left alone at the foot of a page. A security root's
// permissions are listed under the teams that give them (a group row), so that the same path is
// not repeated on every row.
PdfPages layOutReviewPdf(const ReviewReport& report, const QPaintDevice& device);
// A4 with its margins, titled for the report: the pages layOutReviewPdf lays out on.
void setUpReviewPdfWriter(QPdfWriter& writer, const ReviewReport& report);
// A permission key with its only breaks: after '#' and '_' ("release#edit_task_script").
QString breakableKey(const QString& key);

// A review as PDF, laid out as layOutReviewPdf says.
QByteArray reviewPdf(const ReviewReport& report);
// CSV, HTML or PDF as the file name ends, written whole (see FileAccess).
Status writeReview(const ReviewReport& report, const QString& path);

} // namespace warden
