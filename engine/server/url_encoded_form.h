// The fields of a form sent as application/x-www-form-urlencoded (the
// portal's forms without a file).
#pragma once

#include <Poco/Net/NameValueCollection.h>

#include "server/exchange.h"

namespace wop::server {

// None when the body is no such form (a token check then refuses it), or
// holds more than `fieldLimit` fields.
Poco::Net::NameValueCollection readUrlEncodedForm(Exchange& exchange, int fieldLimit);

}  // namespace wop::server
