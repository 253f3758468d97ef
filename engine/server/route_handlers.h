// The code of each route (routes.cpp says who may reach it). A handler
// finds the exchange's session, CSRF token and body checked already.
#pragma once

#include "server/exchange.h"
#include "server/portal_context.h"

namespace wop::server::handlers {

// What every route's code is; each handler below is declared as one.
using Handler = void(PortalContext& context, Exchange& exchange);

// Pages
Handler home;
Handler styleSheet;
Handler urduFont;  // the Nastaliq face of the Urdu pages, from the fonts the documents are set in
Handler signInForm;
Handler signIn;  // checks the sign-in form's own token
Handler signOut;
Handler partnershipsPage;
Handler documentsPage;
Handler duePage;  // the facilitator's: what is due and overdue in every partnership
Handler regenerateForm;
Handler signedCopyUpload;  // multipart/form-data: csrf, version (a registry id, or empty), file
Handler verifyForm;      // public: /verify?code=…
Handler verifyDocument;  // public: /verify/<code>, the QR code's address
Handler verifyUpload;    // public: multipart/form-data with a PDF, checked by its SHA-256

// The facilitator's workspace (workspace_routes.cpp)
Handler workspaceIndex;       // the partnerships, and the form for a new one
Handler workspaceCreate;      // that form posted
Handler workspaceOpen;        // a partnership's next step
Handler workspaceStep;        // /workspace/<id>/<step>
Handler workspaceSave;        // a step's form posted: saved, or a list's row added, removed or moved
Handler workspaceHistory;
Handler workspaceJson;        // the partnership file
Handler workspaceJsonUpload;  // multipart/form-data: csrf, file; imported

// API
Handler sessionGet;
Handler sessionOpen;
Handler sessionClose;
Handler partnershipsList;
Handler documentsList;
Handler download;
Handler documentPreview;  // page 1 of a document as a small PNG, to whom may download it (document_preview.h)
Handler regenerate;
Handler regenerationStatus;

// The session cookie's name.
inline constexpr const char* sessionCookie = "wopdocs_session";

}  // namespace wop::server::handlers
