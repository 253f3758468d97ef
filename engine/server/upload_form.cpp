#include "server/upload_form.h"

#include <sstream>

#include <Poco/Exception.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/MediaType.h>
#include <Poco/Net/PartHandler.h>

namespace wop::server {

namespace {

// The upload form's fields: the token, the version, the file.
constexpr int fieldLimit = 10;

class FirstFile : public Poco::Net::PartHandler {
public:
    FirstFile(UploadForm& form, std::size_t limit) : form_(form), limit_(limit) {}

    void handlePart(const Poco::Net::MessageHeader&, std::istream& stream) override {
        char buffer[64 * 1024];
        const bool first = !seen_;
        seen_ = true;
        while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
            const auto count = static_cast<std::size_t>(stream.gcount());
            if (!first || form_.fileTooLarge) continue;
            if (form_.file.size() + count > limit_) {
                form_.fileTooLarge = true;
                form_.file.clear();
                continue;
            }
            form_.file.append(buffer, count);
        }
    }

private:
    UploadForm& form_;
    std::size_t limit_;
    bool seen_ = false;
};

}  // namespace

bool isMultipartForm(Exchange& exchange) {
    try {
        return Poco::Net::MediaType(exchange.request().getContentType()).matches("multipart", "form-data");
    } catch (const Poco::Exception&) {
        return false;
    }
}

std::optional<UploadForm> readUploadForm(Exchange& exchange, std::size_t maxFileBytes) {
    if (!isMultipartForm(exchange)) return std::nullopt;
    UploadForm form;
    FirstFile file(form, maxFileBytes);
    Poco::Net::HTMLForm html;
    html.setFieldLimit(fieldLimit);
    std::istringstream body(exchange.body);
    try {
        html.load(exchange.request(), body, file);
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
    form.fields = html;
    return form;
}

}  // namespace wop::server
