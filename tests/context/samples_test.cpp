#include <gtest/gtest.h>

#include "fixture.h"
#include "model/loader.h"
#include "support.h"

namespace wop::context {
namespace {

// The samples hold partnerships at every stage: each document they make
// available builds a context in both languages, and so does the road map.
TEST(Samples, EveryAvailableDocumentBuildsAContext) {
    std::vector<model::Partnership> partnerships;
    for (const auto& entry : std::filesystem::directory_iterator(test::sourceDir() / "samples")) {
        if (entry.path().extension() != ".json") continue;
        auto loaded = model::loadPartnershipFile(entry.path().string());
        ASSERT_TRUE(loaded.partnership) << entry.path();
        partnerships.push_back(std::move(*loaded.partnership));
    }
    ASSERT_FALSE(partnerships.empty());
    std::vector<const model::Partnership*> program;
    for (const auto& partnership : partnerships) program.push_back(&partnership);

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
