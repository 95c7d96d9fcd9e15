#pragma once

#include "connectiondoctor.h"

#include <chrono>

// The connection doctor's words: why a probe failed and what to do, what a reachable connection is
// like, and why one connection is the best. Their translation context stays ConnectionDoctor.
namespace PlexAuth::ProbeExplanations {

bool usesHttps(const Connection &connection);
// A few words for a probe's state ("Reachable", "Refused", "Host not found"…); empty before it starts.
QString statusSummary(const ProbeResult &probe);
QString reachableExplanation(const Connection &connection, const ServerIdentity &identity);
void explainFailure(const Connection &connection, std::chrono::milliseconds timeout, ProbeResult &result);

QString onlyReachableReason(const Connection &best, int latency);
QString lowestLatencyReason(const Connection &best, int latency);
QString preferredReason(const Connection &best, int latency, const Connection &faster, int fasterLatency);

} // namespace PlexAuth::ProbeExplanations
