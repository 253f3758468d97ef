#pragma once

#include <Poco/Logger.h>

#include "server/portal_data.h"
#include "server/portal_settings.h"
#include "server/regenerator.h"
#include "server/sign_in_throttle.h"
#include "server/sign_in_tokens.h"
#include "server/workspace_schema.h"

namespace wop::server {

// What the portal's routes work with, shared by every request thread.
struct PortalContext {
    const PortalSettings& settings;
    PortalData& data;
    Regenerator& regenerator;
    SignInThrottle& signInThrottle;
    const SignInTokens& signInTokens;
    const FieldSpec& workspaceSchema;  // the partnership file, for the workspace's forms
    Poco::Logger& log;
};

}  // namespace wop::server
