// The whole pipeline for one document: context -> template -> markup ->
// layout -> pdf. Templates and fonts are loaded once and shared by every
// document a Renderer makes.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "context/catalogue.h"
#include "context/delivery_records.h"
#include "context/locale.h"
#include "layout/page_geometry.h"
#include "markup/document.h"
#include "model/partnership.h"
#include "template/template_set.h"
#include "text/font_set.h"

namespace wop::pdf {
class Signer;
}

namespace wop::render {

// Which stage failed and why, with the document it was making.
class RenderError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RenderSettings {
    std::filesystem::path templates;  // holds en/ and ur/
    text::FontChoice fonts;
    context::LocaleSettings locale;
    // Who seals every final document (pdf/seal.h); none, nothing is sealed.
    std::shared_ptr<const pdf::Signer> seal;
    // The portal's address as readers reach it (`portal.url`,
    // "https://wops.example.org"): a final document's verification mark
    // then holds a QR code of its page there. Empty: the code alone.
    std::string portalAddress;
    // A name the templates use that the context does not have: an error at
    // its tag (`generate --strict`, and the tests), or printed as nothing.
    tmpl::UnknownNames unknownNames = tmpl::UnknownNames::Fail;
    layout::PageGeometry page;  // the paper and its margins
};

class Renderer {
public:
    // Loads and checks every template of both languages and opens the fonts;
    // throws tmpl::TemplateError or std::runtime_error.
    explicit Renderer(const RenderSettings& settings);

    // The markup the document's template produces (for `--markup` and tests),
    // with the template line of each of its lines. `records`: see
    // context::buildContext.
    tmpl::Rendered markup(const context::DocumentInstance& document, const std::vector<const model::Partnership*>& program,
                       model::Lang lang, const context::DeliveryRecords* records = nullptr) const;
    // Throws RenderError naming the template file and line that wrote the
    // markup's fault.
    markup::Document parse(const tmpl::Rendered& markup, const context::DocumentInstance& document,
                           model::Lang lang) const;
    // Writes the PDF, sealed when the document is final and the settings
    // name a seal; nothing is left at `path` on failure. Safe to call from
    // several threads at once.
    void renderPdf(const context::DocumentInstance& document, const std::vector<const model::Partnership*>& program,
                   model::Lang lang, const std::filesystem::path& path,
                   const context::DeliveryRecords* records = nullptr) const;
    // The PDF's bytes of the markup the document made (markup()), sealed as
    // renderPdf's, for a caller that compares the markup with what it made
    // before and puts the PDF in place itself: the document is rendered once.
    // A registered final version prints its `verificationCode`
    // (store/verification_code.h) on its last page.
    std::string makePdf(const tmpl::Rendered& markup, const context::DocumentInstance& document,
                        const std::vector<const model::Partnership*>& program, model::Lang lang,
                        const std::string& verificationCode = {}) const;

    // The fonts the documents are set in, and the templates they are made from.
    const text::FontSet& fonts() const { return fonts_; }
    const tmpl::TemplateSet& templates(model::Lang lang) const { return templates_.at(lang); }
    const layout::PageGeometry& page() const { return page_; }

    // "OUT/<partnership>/<base>.<lang>.pdf", the road map under "OUT/program/".
    static std::filesystem::path outputPath(const std::filesystem::path& outDir,
                                            const context::DocumentInstance& document, model::Lang lang);

private:
    // Lays the document's markup out and hands the pages to `finish`, whose
    // errors it names the document in, as its own.
    template <typename Finish>
    auto layOut(const tmpl::Rendered& markup, const context::DocumentInstance& document,
                const std::vector<const model::Partnership*>& program, model::Lang lang,
                const std::string& verificationCode, Finish finish) const;
    // The seal for `document`: none for a draft, which is still to change.
    const pdf::Signer* sealFor(const context::DocumentInstance& document) const;

    std::map<model::Lang, tmpl::TemplateSet> templates_;
    std::map<model::Lang, context::Locale> locales_;
    text::FontSet fonts_;
    std::shared_ptr<const pdf::Signer> seal_;
    std::string verifyAddress_;  // "<portal.url>/verify", or empty
    tmpl::UnknownNames unknownNames_;
    layout::PageGeometry page_;
};

}  // namespace wop::render
