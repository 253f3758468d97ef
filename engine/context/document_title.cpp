#include "context/document_title.h"

#include <string>

namespace wop::context {

namespace {

constexpr std::string_view monthlyReport = "monthly-report";

}  // namespace

const DocumentType* documentTypeOf(std::string_view baseName) {
    if (baseName.starts_with(std::string(monthlyReport) + "-")) return findDocumentType(monthlyReport);
    return findDocumentType(baseName);
}

model::Text documentTitle(std::string_view baseName) {
    const DocumentType* type = documentTypeOf(baseName);
    if (!type) return {std::string(baseName), ""};
    model::Text title{std::string(type->titleEn), std::string(type->titleUr)};
    if (type->id == monthlyReport) {
        const std::string month(baseName.substr(monthlyReport.size() + 1));  // "2025-07"
        title.en += " " + month;
        title.ur += " " + month;
    }
    return title;
}

}  // namespace wop::context
