#include "server/url_encoded_form.h"

#include <sstream>

#include <Poco/Exception.h>
#include <Poco/Net/HTMLForm.h>

namespace wop::server {

Poco::Net::NameValueCollection readUrlEncodedForm(Exchange& exchange, int fieldLimit) {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(fieldLimit);
    std::istringstream body(exchange.body);
    try {
        form.load(exchange.request(), body);
    } catch (const Poco::Exception&) {
        return {};
    }
    return form;
}

}  // namespace wop::server
