#pragma once

#include "models/io/ReviewReport.h"

namespace warden {

// A review as PDF: its HTML laid out on A4 pages.
QByteArray reviewPdf(const ReviewReport& report);
// CSV, HTML or PDF as the file name ends, written whole (see FileAccess).
Status writeReview(const ReviewReport& report, const QString& path);

} // namespace warden
