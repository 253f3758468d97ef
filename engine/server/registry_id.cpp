#include "server/registry_id.h"

#include <regex>

namespace wop::server {

std::string registryId(const store::DocumentRecord& record) {
    return record.key.partnership + "." + record.key.document + "." + model::langCode(record.key.lang) + ".v" +
           std::to_string(record.version);
}

std::optional<RegistryRef> parseRegistryId(const std::string& id) {
    static const std::regex form(R"(([a-z0-9-]{1,100})\.([a-z0-9-]{1,100})\.(en|ur)\.v([1-9][0-9]{0,8}))");
    std::smatch match;
    if (!std::regex_match(id, match, form)) return std::nullopt;
    return RegistryRef{{match[1], match[2], *store::parseLang(match[3].str())}, std::stoi(match[4])};
}

}  // namespace wop::server
