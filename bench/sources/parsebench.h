#pragma once

#include "samples.h"
#include "sourceresponse.h"

namespace Bench {

// Parse plus model fill of the response against a bare parse of the same bytes, JSON and XML:
// the Markdown of the figures and the verdicts.
QString measureParse(const SourceResponse &response, int connections, const Options &options);

} // namespace Bench
