#include <gtest/gtest.h>

#include "fixture.h"
#include "support.h"

namespace wop::context {
namespace {

// The samples hold partnerships at every stage: each document they make
// available builds a context in both languages, and so does the road map.
TEST(Samples, EveryAvailableDocumentBuildsAContext) {
    const auto partnerships = test::samplePartnerships();
    ASSERT_FALSE(partnerships.empty());
    const auto program = test::pointersTo(partnerships);

    for (model::Lang lang : {model::Lang::En, model::Lang::Ur}) {
        const Locale locale(lang, {});
        for (const auto* partnership : program) {
            for (const auto& document : availableDocuments(*partnership)) {
                const auto context = buildContext(document, program, locale);
                EXPECT_EQ(test::render("{{doc.id}}", context), document.type->id) << document.baseName();
            }
        }
        const auto roadmap = buildContext({findDocumentType("roadmap"), nullptr, std::nullopt}, program, locale);
        EXPECT_EQ(test::render("{{program.count}}", roadmap), std::to_string(program.size()));
    }
}

}  // namespace
}  // namespace wop::context
