#pragma once

#include <Poco/Logger.h>

#include "server/portal_data.h"
#include "server/portal_settings.h"
#include "server/regenerator.h"
#include "server/sign_in_throttle.h"
#include "server/sign_in_tokens.h"

namespace wop::server {

// What the portal's routes work with, shared by every request thread.
struct PortalContext {
    const PortalSettings& settings;
    PortalData& data;
    Regenerator& regenerator;
    SignInThrottle& signInThrottle;
    const SignInTokens& signInTokens;
    Poco::Logger& log;
};

}  // namespace wop::server
