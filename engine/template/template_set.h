// Stage `template`: Mustache templates of one language -> document markup.
// A TemplateSet reads `<dir>/*.mustache` and `<dir>/partials/*.mustache` once
// and checks every one of them, so an error names file, line and column
// before any document is made. Templates are read at run time: users edit
// them without rebuilding. Each template is parsed once, at its first
// render, with its partials written in; threads then share it.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "context/value.h"
#include "template/source_map.h"
#include "template/unknown_names.h"

namespace wop::tmpl {

class TemplateError : public std::runtime_error {
public:
    TemplateError(const std::string& file, int line, int column, const std::string& message);
    const std::string& file() const { return file_; }
    int line() const { return line_; }
    int column() const { return column_; }

private:
    std::string file_;
    int line_;
    int column_;
};

class TemplateSet {
public:
    // Throws TemplateError for the first faulty file (unreadable, unbalanced
    // sections, unescaped tags, a partial that does not exist, partials that
    // include themselves or expand a template past 8 MiB). The digits the
    // templates write themselves (a clause's "3.1", not a value's) are set
    // in the document's digits: those counting up from `digitZero`, U'\u06F0'
    // for Urdu's. Digits inside tags, markup tags and character references
    // stay as written.
    static TemplateSet load(const std::filesystem::path& dir, char32_t digitZero = U'0');

    bool has(std::string_view name) const;
    // Every file read, templates and partials, by its path relative to the
    // folder: what the documents are made from, whatever the folder holds
    // by now.
    const std::map<std::filesystem::path, std::string>& files() const { return files_; }
    // Renders template `name` (a document id) with every value escaped,
    // with the file and line each line of the markup came from. A name the
    // context does not have throws a TemplateError at its tag, or renders
    // empty (UnknownNames).
    Rendered render(std::string_view name, const context::Value& values,
                    UnknownNames unknownNames = UnknownNames::Fail) const;
    const std::filesystem::path& dir() const { return dir_; }

private:
    struct Parsed;
    struct Template {
        std::string path;
        std::string composed;  // the text with its marks and the partials written in
        std::shared_ptr<Parsed> parsed;
    };
    using PartialValues = std::map<std::string, kainjow::mustache::data, std::less<>>;

    std::filesystem::path dir_;
    std::map<std::string, Template, std::less<>> templates_;
    PartialValues partials_;  // the partials' texts, for those left as tags
    std::shared_ptr<const SourceLines> sources_;  // what the marks in the texts index
    std::map<std::filesystem::path, std::string> files_;
};

}  // namespace wop::tmpl
