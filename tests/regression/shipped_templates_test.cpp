// The shipped templates, rendered with their partials written in and parsed
// once, give the markup kainjow gives expanding every partial where it is
// included: every document the samples make available, in both languages.
#include <gtest/gtest.h>

#include "context/context.h"
#include "kainjow_reference.h"
#include "regression_support.h"

namespace wop::test {
namespace {

TEST(ShippedTemplates, RenderAsKainjowExpandingEachPartial) {
    const auto partnerships = samplePartnerships();
    const auto program = pointersTo(partnerships);

    int compared = 0;
    for (model::Lang lang : {model::Lang::En, model::Lang::Ur}) {
        const std::filesystem::path dir = sourceDir() / "templates" / model::langCode(lang);
        const tmpl::TemplateSet set = tmpl::TemplateSet::load(dir);
        const context::Locale locale(lang, {});
        std::vector<context::DocumentInstance> documents = {{context::findDocumentType("roadmap"), nullptr, std::nullopt}};
        for (const auto* partnership : program)
            for (const auto& document : context::availableDocuments(*partnership)) documents.push_back(document);
        for (const auto& document : documents) {
            const std::string id(document.type->id);
            const auto values = context::buildContext(document, program, locale);
            const std::optional<std::string> expected = renderExpandingPartials(dir, id, values);
            ASSERT_TRUE(expected.has_value()) << id;
            EXPECT_EQ(set.render(id, values).text, *expected) << document.baseName() << " (" << model::langCode(lang) << ")";
            ++compared;
        }
    }
    EXPECT_GT(compared, 50);
}

}  // namespace
}  // namespace wop::test
