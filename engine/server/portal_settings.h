// How `wopdocs serve` runs the portal (options and `portal.*` settings, docs/delivery.md).
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <Poco/Net/IPAddress.h>

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
    // Sign-in attempts per client address, apart from the requests above
    // (sign_in_throttle.h; each account has its own growing wait besides).
    double signInsPerSecond = 10.0 / 60;
    double signInBurst = 10;
    std::size_t maxBodyBytes = 64 * 1024;
    // A request's head and body arrive within this in all (a large upload
    // gets a second more per 64 KiB it declares), or it is answered 408.
    std::chrono::milliseconds requestDeadline{10000};
    // Connections a client address may hold open at once; more are answered 503.
    std::size_t connectionsPerAddress = 8;
    // The reverse proxies in front, whose X-Forwarded-For names the client
    // (client_address.h), and whose connections are not counted per address.
    std::vector<Poco::Net::IPAddress> trustedProxies;
    // A signed copy's upload, whose body may hold the file and the form's
    // fields (maxBodyBytes) besides.
    intake::IntakeLimits uploads;
    // Cookies only over HTTPS: set when a TLS proxy stands in front of the portal.
    bool secureCookies = false;
    // How a facilitator's regeneration runs the batch for one partnership.
    batch::BatchSettings batch;
    // docs/partnership.schema.json, which the workspace's forms are made from.
    std::filesystem::path partnershipSchema;
};

}  // namespace wop::server
