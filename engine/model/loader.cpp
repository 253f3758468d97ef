#include "model/loader.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <Poco/Exception.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include "model/json_reader.h"
#include "model/rules.h"

namespace wop::model {

namespace {

constexpr std::string_view utf8ByteOrderMark = "\xEF\xBB\xBF";

// Poco's messages may quote the offending byte raw, even a NUL or half a
// UTF-8 sequence; a diagnostic must stay one printable line.
std::string printable(const std::string& message) {
    std::string result;
    for (char c : message) {
        if (c >= 0x20 && c < 0x7F) {
            result += c;
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(c));
            result += escaped;
        }
    }
    return result;
}

// The parsed document, or nothing after reporting why there is none.
std::optional<Poco::Dynamic::Var> parse(std::string_view json, json::Context& context) {
    if (json.size() > json::maxFileBytes) {
        context.error("", "file too large: expected at most " + std::to_string(json::maxFileBytes) +
                              " bytes (4 MiB), found more");
        return std::nullopt;
    }
    if (json.starts_with(utf8ByteOrderMark)) json.remove_prefix(utf8ByteOrderMark.size());
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true));  // keeps key order for diagnostics
    parser.setAllowNullByte(false);
    parser.setDepth(json::maxDepth);
    try {
        return std::make_optional(parser.parse(std::string(json)));
    } catch (const Poco::Exception& error) {
        context.error("", "invalid JSON: " + printable(error.message()));
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
    if (auto root = parse(json, context)) {
        json::readValue(json::Value{*root, "$", context}, partnership);
        context.checkPersonReferences();
    }
    LoadResult result;
    result.diagnostics = context.takeDiagnostics();
    if (hasErrors(result.diagnostics)) return result;
    partnership.sourceFile = sourceName;
    for (Diagnostic& warning : checkRules(partnership)) result.diagnostics.push_back(std::move(warning));
    result.partnership = std::move(partnership);
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
