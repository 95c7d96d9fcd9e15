#pragma once

#include "plextypes.h"
#include "samples.h"

namespace Bench {

// Sorting by each column and filtering through a QSortFilterProxyModel set up as the connections
// view sets it up, over a ConnectionTableModel of `connections` with the doctor's findings in it:
// the Markdown of the figures and the verdicts.
QString measureSortAndFilter(const QList<PlexAuth::Connection> &connections, const Options &options);

} // namespace Bench
