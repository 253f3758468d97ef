#include "render/renderer.h"

#include <cctype>
#include <sstream>

#include "context/context.h"
#include "layout/layout.h"
#include "markup/parser.h"
#include "pdf/writer.h"

namespace wop::render {
namespace {

std::string describe(const context::DocumentInstance& document, model::Lang lang) {
    std::string where = document.partnership ? document.partnership->sourceFile + ": " : std::string("program: ");
    return where + document.baseName() + " (" + model::langCode(lang) + ")";
}

std::string lineOf(const std::string& text, int line) {
    std::istringstream in(text);
    std::string current;
    for (int i = 1; std::getline(in, current); ++i)
        if (i == line) return current.size() > 160 ? current.substr(0, 160) + "..." : current;
    return {};
}

// The images the document's markup may show: its partnership's; for the
// road map, every partnership's.
base::Images imagesOf(const context::DocumentInstance& document, const std::vector<const model::Partnership*>& program) {
    base::Images images;
    auto add = [&](const model::Partnership& partnership) {
        for (const model::Image* image : partnership.images()) images.emplace(image->content->sha256, image->content);
    };
    if (document.partnership) {
        add(*document.partnership);
    } else {
        for (const model::Partnership* partnership : program) add(*partnership);
    }
    return images;
}

}  // namespace

Renderer::Renderer(const RenderSettings& settings)
    : fonts_(settings.fonts),
      seal_(settings.seal),
      verifyAddress_(settings.portalAddress.empty() ? "" : settings.portalAddress + "/verify"),
      unknownNames_(settings.unknownNames),
      page_(settings.page) {
    for (model::Lang lang : {model::Lang::En, model::Lang::Ur}) {
        const context::Locale& locale = locales_.emplace(lang, context::Locale(lang, settings.locale)).first->second;
        const char32_t digitZero = locale.digits() == context::Digits::Urdu ? U'\u06F0' : U'0';
        templates_.emplace(lang, tmpl::TemplateSet::load(settings.templates / model::langCode(lang), digitZero));
    }
}

tmpl::Rendered Renderer::markup(const context::DocumentInstance& document,
                             const std::vector<const model::Partnership*>& program, model::Lang lang,
                             const context::DeliveryRecords* records) const {
    const tmpl::TemplateSet& set = templates_.at(lang);
    const std::string id(document.type->id);
    if (!set.has(id))
        throw RenderError(describe(document, lang) + ": no template " + (set.dir() / (id + ".mustache")).string());
    try {
        return set.render(id, context::buildContext(document, program, locales_.at(lang), records), unknownNames_);
    } catch (const tmpl::TemplateError& e) {
        throw RenderError(describe(document, lang) + ": template: " + e.what());
    }
}

markup::Document Renderer::parse(const tmpl::Rendered& markup, const context::DocumentInstance& document,
                                 model::Lang lang) const {
    try {
        return markup::parse(markup.text);
    } catch (const markup::ParseError& e) {
        const tmpl::SourceLine* origin = markup.sources.origin(e.line());
        const std::string id(document.type->id);
        const std::string where = origin ? origin->file + ":" + std::to_string(origin->line)
                                         : (templates_.at(lang).dir() / (id + ".mustache")).string();
        throw RenderError(describe(document, lang) + ": template " + where + " produced invalid markup: markup " +
                          e.what() + "\n    near: " + lineOf(markup.text, e.line()));
    }
}

template <typename Finish>
auto Renderer::layOut(const tmpl::Rendered& markup, const context::DocumentInstance& document,
                      const std::vector<const model::Partnership*>& program, model::Lang lang,
                      const std::string& verificationCode, Finish finish) const {
    markup::Document tree = parse(markup, document, lang);
    layout::VerificationMark mark{verificationCode, verifyAddress_, {}};
    if (!verifyAddress_.empty()) {
        // The address in lower case, as the portal's paths are.
        std::string code = verificationCode;
        for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        mark.link = verifyAddress_ + "/" + code;
    }
    try {
        return finish(layout::layoutDocument(tree, fonts_, imagesOf(document, program),
                                             verificationCode.empty() ? nullptr : &mark, page_));
    } catch (const layout::LayoutError& e) {
        throw RenderError(describe(document, lang) + ": layout: " + e.what());
    } catch (const pdf::PdfError& e) {
        throw RenderError(describe(document, lang) + ": pdf: " + e.what());
    } catch (const std::filesystem::filesystem_error& e) {
        throw RenderError(describe(document, lang) + ": " + e.what());
    }
}

void Renderer::renderPdf(const context::DocumentInstance& document,
                         const std::vector<const model::Partnership*>& program, model::Lang lang,
                         const std::filesystem::path& path, const context::DeliveryRecords* records) const {
    layOut(markup(document, program, lang, records), document, program, lang, {}, [&](const layout::PageSet& pages) {
        std::filesystem::create_directories(path.parent_path());
        pdf::writePdf(pages, path, sealFor(document));
    });
}

std::string Renderer::makePdf(const tmpl::Rendered& markup, const context::DocumentInstance& document,
                              const std::vector<const model::Partnership*>& program, model::Lang lang,
                              const std::string& verificationCode) const {
    return layOut(markup, document, program, lang, verificationCode,
                  [&](const layout::PageSet& pages) { return pdf::makePdf(pages, sealFor(document)); });
}

const pdf::Signer* Renderer::sealFor(const context::DocumentInstance& document) const {
    return context::documentStatus(document) == model::Status::Final ? seal_.get() : nullptr;
}

std::filesystem::path Renderer::outputPath(const std::filesystem::path& outDir,
                                           const context::DocumentInstance& document, model::Lang lang) {
    const std::string folder = document.partnership ? document.partnership->id : std::string(model::programId);
    return outDir / folder / (document.baseName() + "." + model::langCode(lang) + ".pdf");
}

}  // namespace wop::render
