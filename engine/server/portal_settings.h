// How `wopdocs serve` runs the portal (options and `portal.*` settings, docs/delivery.md).
#pragma once

#include <cstddef>
#include <string>

#include "batch/batch.h"
#include "intake/intake.h"

namespace wop::server {

struct PortalSettings {
    std::string bind = "127.0.0.1";
    int port = 8080;  // 0: any free port (tests)
    int threads = 8;
    int sessionHours = 8;
    // Per client address: a steady rate and a burst (a page and its style sheet, a few downloads).
    double requestsPerSecond = 5;
    double burst = 60;
    std::size_t maxBodyBytes = 64 * 1024;
    // A signed copy's upload, whose body may hold the file and the form's
    // fields (maxBodyBytes) besides.
    intake::IntakeLimits uploads;
    // Cookies only over HTTPS: set when a TLS proxy stands in front of the portal.
    bool secureCookies = false;
    // How a facilitator's regeneration runs the batch for one partnership.
    batch::BatchSettings batch;
};

}  // namespace wop::server
