// A form sent as multipart/form-data with a file, as the signed copy's
// upload form sends it: its fields, and the bytes of its first file up to
// a limit (those past it are read and dropped, so that the fields after
// the file are read too).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <Poco/Net/NameValueCollection.h>

#include "server/exchange.h"

namespace wop::server {

struct UploadForm {
    Poco::Net::NameValueCollection fields;
    std::string file;  // empty when no file was chosen
    bool fileTooLarge = false;
};

bool isMultipartForm(Exchange& exchange);
// The form of the exchange's body; nothing when it is no such form.
std::optional<UploadForm> readUploadForm(Exchange& exchange, std::size_t maxFileBytes);

}  // namespace wop::server
