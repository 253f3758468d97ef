// Internal to the model stage: the partnership file's JSON (RFC 8259),
// read strictly and with where each value stands, so that every problem
// can be shown at its line and column. Poco's parser gives no position,
// takes a duplicate key silently (the last one wins) and calls a byte of
// invalid UTF-8 an "unterminated string literal". Values are Poco's, as the
// readers (json_reader.h) take them; objects keep their keys' order.
#pragma once

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include <Poco/Dynamic/Var.h>

namespace wop::model::json {

struct ParsedJson {
    Poco::Dynamic::Var root;
    // By JSON path ("$.parties.mentor.email", as childPath and itemPath
    // write it): the offset of a member's key, or of an item's value.
    std::map<std::string, std::size_t, std::less<>> offsets;

    // The offset of `path`, else of the nearest value holding it.
    std::size_t offsetOf(std::string_view path) const;
};

// A file that is no JSON, a duplicate key, a string with invalid UTF-8:
// where (offset, and the path of the value being read),
// and what, the offending text quoted.
class SyntaxError : public std::runtime_error {
public:
    SyntaxError(std::size_t offset, std::string path, const std::string& message)
        : std::runtime_error(message), offset_(offset), path_(std::move(path)) {}
    std::size_t offset() const { return offset_; }
    const std::string& path() const { return path_; }

private:
    std::size_t offset_;
    std::string path_;
};

// A leading UTF-8 byte order mark is skipped. Throws SyntaxError.
ParsedJson parseJson(std::string_view text);

}  // namespace wop::model::json
