#include "mail/document_title.h"

#include <filesystem>

namespace wop::mail {

namespace {

constexpr std::string_view monthlyReport = "monthly-report";

}  // namespace

const context::DocumentType* documentTypeOf(std::string_view baseName) {
    if (baseName.starts_with(std::string(monthlyReport) + "-")) return context::findDocumentType(monthlyReport);
    return context::findDocumentType(baseName);
}

model::Text documentTitle(std::string_view baseName) {
    const context::DocumentType* type = documentTypeOf(baseName);
    if (!type) return {std::string(baseName), ""};
    model::Text title{std::string(type->titleEn), std::string(type->titleUr)};
    if (type->id == monthlyReport) {
        const std::string month(baseName.substr(monthlyReport.size() + 1));  // "2025-07"
        title.en += " " + month;
        title.ur += " " + month;
    }
    return title;
}

std::string deliveredFileName(const store::DocumentRecord& record) {
    const std::string prefix = record.key.partnership == store::programKey ? "" : record.key.partnership + "-";
    return prefix + std::filesystem::path(record.path).filename().string();
}

}  // namespace wop::mail
