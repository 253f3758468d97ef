#include "model/loader.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "base/text_position.h"
#include "model/json_parser.h"
#include "model/json_reader.h"
#include "model/rules.h"

namespace wop::model {

namespace {

// The parsed document, or nothing after reporting why there is none.
std::optional<json::ParsedJson> parse(std::string_view json, json::Context& context) {
    if (json.size() > json::maxFileBytes) {
        context.error("", "file too large: expected at most " + std::to_string(json::maxFileBytes) +
                              " bytes (4 MiB), found more");
        return std::nullopt;
    }
    try {
        return json::parseJson(json);
    } catch (const json::SyntaxError& error) {
        context.error(error.path(), "invalid JSON: " + std::string(error.what()),
                      base::TextPosition::at(json, error.offset()));
    }
    return std::nullopt;
}

FileContent failure(const std::string& file, std::string message) {
    return {{}, Diagnostic{Diagnostic::Severity::Error, file, "", std::move(message), {}}};
}

}  // namespace

LoadResult loadPartnership(std::string_view json, const std::string& sourceName) {
    return loadPartnership(json, sourceName, ImageFolder(std::filesystem::path(sourceName).parent_path()));
}

LoadResult loadPartnership(std::string_view json, const std::string& sourceName, const ImageSource& images) {
    json::Context context(sourceName, images);
    Partnership partnership;
    const std::optional<json::ParsedJson> parsed = parse(json, context);
    if (parsed) {
        json::readValue(json::Value{parsed->root, "$", context}, partnership);
        context.checkPersonReferences();
    }
    LoadResult result;
    result.diagnostics = context.takeDiagnostics();
    for (std::string& path : context.takeEnglishOnly()) {
        result.englishOnly.push_back(Diagnostic{Diagnostic::Severity::Warning, sourceName, std::move(path),
                                                "given only in English, which Urdu documents print; add its \"ur\"",
                                                "Urdu documents in Urdu"});
    }
    if (!hasErrors(result.diagnostics)) {
        partnership.sourceFile = sourceName;
        for (Diagnostic& warning : checkRules(partnership)) result.diagnostics.push_back(std::move(warning));
        result.partnership = std::move(partnership);
    }
    // Each problem at the line and column of its value, or of the nearest value holding it.
    for (auto* diagnostics : {&result.diagnostics, &result.englishOnly}) {
        for (Diagnostic& d : *diagnostics) {
            if (d.line > 0 || !parsed || d.path.empty()) continue;
            const base::TextPosition at = base::TextPosition::at(json, parsed->offsetOf(d.path));
            d.line = at.line;
            d.column = at.column;
        }
    }
    return result;
}

LoadResult loadPartnershipFile(const std::string& path) {
    FileContent content = readPartnershipFile(path);
    if (content.error) {
        LoadResult result;
        result.diagnostics.push_back(std::move(*content.error));
        return result;
    }
    return loadPartnership(content.text, path);
}

FileContent readPartnershipFile(const std::string& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        return failure(path,
                       error ? "cannot read the file: " + error.message() : "cannot read the file: not a regular file");
    }
    // One byte over the limit is enough to reject the file without reading all of it.
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error) return failure(path, "cannot read the file: " + error.message());
    std::string content(std::min<std::uintmax_t>(size, json::maxFileBytes + 1), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    if (in.bad() || (!in && !in.eof())) return failure(path, "cannot read the file");
    content.resize(static_cast<std::size_t>(in.gcount()));
    return {std::move(content), std::nullopt};
}

}  // namespace wop::model
