#include "template/render_context.h"

#include <algorithm>

#include "template/source_marks.h"
#include "template/template_set.h"

namespace wop::tmpl {
namespace {

constexpr size_t maxPartialExpansions = 100000;

}  // namespace

RenderContext::RenderContext(const Data* data, const Partials& partials, const SourceLines& sources,
                             const std::string& path, UnknownNames unknownNames)
    : stack_{data}, partials_(partials), sources_(sources), path_(path), unknownNames_(unknownNames) {}

// kainjow's lookup: the innermost value that has every step of the name.
RenderContext::Found RenderContext::find(const std::string& name) const {
    if (name == ".") return {stack_.back(), false};
    if (name.find('.') == std::string::npos) {
        for (auto item = stack_.rbegin(); item != stack_.rend(); ++item)
            if (const Data* value = (*item)->get(name)) return {value, false};
        return {};
    }
    // Split as kainjow splits it ("a." is "a"), so that a name finds what kainjow finds.
    const std::vector<std::string> path = kainjow::mustache::split(name, '.');
    bool absent = false;
    for (auto item = stack_.rbegin(); item != stack_.rend(); ++item) {
        const Data* value = *item;
        for (size_t i = 0; value && i < path.size(); ++i) {
            if (i > 0 && (value->is_false() || value->is_empty_list())) {
                absent = true;
                value = nullptr;
                break;
            }
            value = value->get(path[i]);
        }
        if (value) return {value, absent};
    }
    return {nullptr, absent};
}

const RenderContext::Data* RenderContext::get(const std::string& name) const {
    const MarkedName marked = readMarkedName(name);
    switch (marked.kind) {
        case MarkedName::Kind::Line:
            source_ = marked.source;
            return nullptr;
        case MarkedName::Kind::Plain:
            return find(name).value;
        case MarkedName::Kind::Variable:
            break;
    }
    const Found found = find(marked.name);
    if (!found.value && !found.absent && unknownNames_ == UnknownNames::Fail) {
        const SourceLine& tag = sources_.at(marked.source);
        throw TemplateError(tag.file, tag.line, tag.column,
                            "unknown name \"" + marked.name +
                                "\": the context has no such value here (docs/template-context.md)");
    }
    return found.value;
}

const RenderContext::Data* RenderContext::get_partial(const std::string& name) const {
    if (++expansions_ > maxPartialExpansions) {
        const SourceLine at = where();
        throw TemplateError(at.file, at.line, 0,
                            "more than " + std::to_string(maxPartialExpansions) +
                                " partials expanded: do the partials fan out without end?");
    }
    auto it = partials_.find(name);
    return it == partials_.end() ? nullptr : &it->second;
}

SourceLine RenderContext::where() const {
    return source_ == SourceMap::unknown ? SourceLine{path_, 0, 0} : sources_.at(source_);
}

BoundedOutput& BoundedOutput::operator<<(const std::string& piece) {
    if (rendered_.text.size() + piece.size() > limit_) {
        const SourceLine at = context_.where();
        throw TemplateError(at.file, at.line, 0, "the document's markup grows over 8 MiB");
    }
    rendered_.text += piece;
    // A value may hold line breaks: its lines come from its tag's line.
    for (size_t n = static_cast<size_t>(std::count(piece.begin(), piece.end(), '\n')); n > 0; --n)
        rendered_.sources.addLine(context_.source());
    return *this;
}

Rendered BoundedOutput::finish() {
    rendered_.sources.addLine(context_.source());
    return std::move(rendered_);
}

}  // namespace wop::tmpl
