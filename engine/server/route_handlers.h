// The code of each route (routes.cpp says who may reach it). A handler
// finds the exchange's session, CSRF token and body checked already.
#pragma once

#include "server/exchange.h"
#include "server/portal_context.h"

namespace wop::server::handlers {

// Pages
void home(PortalContext& context, Exchange& exchange);
void styleSheet(PortalContext& context, Exchange& exchange);
void signInForm(PortalContext& context, Exchange& exchange);
void signIn(PortalContext& context, Exchange& exchange);  // checks the sign-in form's own token
void signOut(PortalContext& context, Exchange& exchange);
void partnershipsPage(PortalContext& context, Exchange& exchange);
void documentsPage(PortalContext& context, Exchange& exchange);
void regenerateForm(PortalContext& context, Exchange& exchange);

// API
void sessionGet(PortalContext& context, Exchange& exchange);
void sessionOpen(PortalContext& context, Exchange& exchange);
void sessionClose(PortalContext& context, Exchange& exchange);
void partnershipsList(PortalContext& context, Exchange& exchange);
void documentsList(PortalContext& context, Exchange& exchange);
void download(PortalContext& context, Exchange& exchange);
void regenerate(PortalContext& context, Exchange& exchange);
void regenerationStatus(PortalContext& context, Exchange& exchange);

// The session cookie's name.
inline constexpr const char* sessionCookie = "wopdocs_session";

}  // namespace wop::server::handlers
