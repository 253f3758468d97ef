// What kainjow reads while it renders a template: the values, looked up as
// kainjow looks them up, the partials, and the marks that say where in the
// templates it is (source_marks.h).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "template/source_map.h"
#include "template/unknown_names.h"

namespace wop::tmpl {

// Partials come from the template folder only: kainjow would also take a
// value of the data named like the partial, and render it as a template.
// Counting what is expanded stops partials that fan out without end.
class RenderContext : public kainjow::mustache::basic_context<std::string> {
public:
    using Data = kainjow::mustache::data;
    using Partials = std::map<std::string, Data, std::less<>>;

    RenderContext(const Data* data, const Partials& partials, const SourceLines& sources, const std::string& path,
                  UnknownNames unknownNames);

    void push(const Data* data) override { stack_.push_back(data); }
    void pop() override { stack_.pop_back(); }
    const Data* get(const std::string& name) const override;
    const Data* get_partial(const std::string& name) const override;

    // The source (an index into the sources) of the line being rendered.
    std::uint32_t source() const { return source_; }
    // Where the render is, for an error: the file, and its line once known.
    SourceLine where() const;

private:
    struct Found {
        const Data* value = nullptr;
        bool absent = false;  // a step of the name was false or empty
    };
    Found find(const std::string& name) const;

    std::vector<const Data*> stack_;  // innermost last
    const Partials& partials_;
    const SourceLines& sources_;
    const std::string& path_;  // of the template rendered
    UnknownNames unknownNames_;
    mutable std::uint32_t source_ = SourceMap::unknown;
    mutable size_t expansions_ = 0;
};

// Receives the rendered markup as kainjow makes it, up to a limit, and
// which source each of its lines came from.
class BoundedOutput {
public:
    BoundedOutput(const RenderContext& context, std::shared_ptr<const SourceLines> sources, size_t limit)
        : context_(context), limit_(limit), rendered_{{}, SourceMap(std::move(sources))} {}

    BoundedOutput& operator<<(const std::string& piece);
    // The markup, its last line counted.
    Rendered finish();

private:
    const RenderContext& context_;
    size_t limit_;
    Rendered rendered_;
};

}  // namespace wop::tmpl
