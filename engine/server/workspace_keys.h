// The buttons of a form's fields under keys of the facilitator's own
// (FieldSpec::Keyed: `extra`): "add PATH" adds a field under the key typed
// in the form's typedKeyField(PATH), empty, after the others; "remove
// PATH.KEY" removes one. A key must be one templates can name, and new.
#pragma once

#include <optional>
#include <string>

#include <Poco/Dynamic/Var.h>
#include <Poco/Net/NameValueCollection.h>

#include "model/diagnostic.h"
#include "model/text.h"
#include "server/workspace_schema.h"

namespace wop::server {

// The name of the input a new key is typed in: "key:extra".
std::string typedKeyField(const std::string& path);

struct KeyAction {
    bool handled = false;                      // `op` was one of these buttons, on a keyed field
    std::optional<model::Diagnostic> refused;  // the key typed is none or taken: at its input
};

KeyAction applyKeyAction(const FieldSpec& root, const std::string& op, const Poco::Net::NameValueCollection& form,
                         model::Lang lang, Poco::Dynamic::Var& document);

}  // namespace wop::server
