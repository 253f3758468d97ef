#include "store/document_record.h"

#include <filesystem>

namespace wop::store {

std::string DocumentKey::str() const {
    return partnership + "/" + document + " (" + model::langCode(lang) + ")";
}

std::string_view statusName(model::Status status) {
    return status == model::Status::Final ? "final" : "draft";
}

std::optional<model::Status> parseStatus(std::string_view name) {
    if (name == "final") return model::Status::Final;
    if (name == "draft") return model::Status::Draft;
    return std::nullopt;
}

std::optional<model::Lang> parseLang(std::string_view code) {
    if (code == "en") return model::Lang::En;
    if (code == "ur") return model::Lang::Ur;
    return std::nullopt;
}

std::string deliveredFileName(const DocumentRecord& record) {
    const std::string prefix = record.key.partnership == programKey ? "" : record.key.partnership + "-";
    return prefix + std::filesystem::path(record.path).filename().string();
}

}  // namespace wop::store
