#pragma once

#include <Poco/Logger.h>

#include "server/portal_data.h"
#include "server/portal_settings.h"
#include "server/regenerator.h"

namespace wop::server {

// What the portal's routes work with, shared by every request thread.
struct PortalContext {
    const PortalSettings& settings;
    PortalData& data;
    Regenerator& regenerator;
    Poco::Logger& log;
};

}  // namespace wop::server
