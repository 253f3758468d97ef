// Every sample document in both languages, laid out and read page by page:
// a page with a signature block holds two lines of other body text, a
// paragraph or list item broken across pages leaves and carries at least
// two lines, a table starts with its header and two body rows.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>
#include <span>

#include "context/context.h"
#include "layout/blocks.h"
#include "layout/layout.h"
#include "model/loader.h"
#include "render/renderer.h"
#include "support.h"

namespace wop {
namespace {

using layout::Item;
using layout::Page;
using layout::Slice;

// Whether `placed`, an item on a page, is `made`, an item of a slice: the
// same but for its height on the page.
bool isPlaced(const Item& placed, const Item& made) {
    if (placed.index() != made.index()) return false;
    return std::visit(
        [&](const auto& a) {
            using T = std::decay_t<decltype(a)>;
            const T& b = std::get<T>(made);
            if constexpr (std::is_same_v<T, layout::TextItem>) {
                return a.x == b.x && a.run.size == b.run.size &&
                       std::equal(a.run.glyphs.begin(), a.run.glyphs.end(), b.run.glyphs.begin(), b.run.glyphs.end(),
                                  [](const auto& g, const auto& h) { return g.glyph == h.glyph && g.x == h.x; });
            } else if constexpr (std::is_same_v<T, layout::LineItem>) {
                return a.x1 == b.x1 && a.x2 == b.x2 && a.width == b.width;
            } else {
                return a.x == b.x && a.width == b.width && a.height == b.height;
            }
        },
        placed);
}

bool placedAt(const Page& page, size_t at, const std::vector<Item>& items) {
    if (page.items.size() < at + items.size()) return false;
    for (size_t i = 0; i < items.size(); ++i)
        if (!isPlaced(page.items[at + i], items[i])) return false;
    return true;
}

size_t itemCount(const std::vector<Slice>& slices) {
    size_t n = 0;
    for (const Slice& s : slices) n += s.items.size();
    return n;
}

// Lines of text in a slice: its distinct baselines.
int textLines(const Slice& slice) {
    std::set<float> baselines;
    for (const Item& item : slice.items)
        if (auto* text = std::get_if<layout::TextItem>(&item)) baselines.insert(text->y);
    return static_cast<int>(baselines.size());
}

// A document's blocks as slices, and the page each slice of each block landed
// on, found by walking the pages' items in order (the flow places a slice's
// items together, a repeated table header before the row that needs it).
struct LaidOut {
    std::vector<std::vector<Slice>> slices;  // per block
    std::vector<std::vector<size_t>> pages;  // per block, per slice; slices without items: the page before

    LaidOut(const markup::Document& document, const text::FontSet& fonts, const base::Images& images) {
        const layout::PageSet set = layout::layoutDocument(document, fonts, images);
        const layout::BlockContext context = layout::blockContextOf(document, fonts, &images);
        size_t page = 0, at = 0;
        for (const markup::Block& block : document.blocks) {
            slices.push_back(layout::blockSlices(block, context));
            pages.emplace_back();
            for (const Slice& slice : slices.back()) {
                while (!slice.items.empty() && !placedAt(set.pages[page], at, slice.items)) {
                    if (slice.repeatedHeader && at == 0 && placedAt(set.pages[page], 0, slice.repeatedHeader->front().items)) {
                        at = itemCount(*slice.repeatedHeader);
                        continue;
                    }
                    if (++page == set.pages.size()) throw std::runtime_error("a slice is on no page");
                    at = 0;
                }
                at += slice.items.size();
                pages.back().push_back(page);
            }
        }
    }
};

class SamplePages : public testing::Test {
protected:
    static void SetUpTestSuite() {
        for (const auto& path : test::filesEndingWith(test::sourceDir() / "samples", ".json")) {
            if (path.parent_path() != test::sourceDir() / "samples") continue;  // samples/invalid/
            auto loaded = model::loadPartnershipFile(path.string());
            ASSERT_TRUE(loaded.partnership) << path;
            partnerships_.push_back(std::move(*loaded.partnership));
            for (const model::Image* image : partnerships_.back().images())
                images_.emplace(image->content->sha256, image->content);
        }
        render::RenderSettings settings;
        settings.templates = test::sourceDir() / "templates";
        settings.fonts = text::FontChoice::defaults(test::sourceDir() / "fonts");
        renderer_ = std::make_unique<render::Renderer>(settings);
    }
    static void TearDownTestSuite() {
        renderer_.reset();
        partnerships_.clear();
        images_.clear();
    }

    // Calls `check(name, document, laidOut)` for every sample document in both languages.
    template <typename Check>
    static void forEachDocument(Check check) {
        std::vector<const model::Partnership*> program;
        std::vector<context::DocumentInstance> documents = {{context::findDocumentType("roadmap"), nullptr, std::nullopt}};
        for (const model::Partnership& partnership : partnerships_) {
            program.push_back(&partnership);
            for (const auto& document : context::availableDocuments(partnership)) documents.push_back(document);
        }
        size_t checked = 0;
        for (model::Lang lang : {model::Lang::En, model::Lang::Ur})
            for (const auto& instance : documents) {
                const std::string name = (instance.partnership ? instance.partnership->id + "/" : std::string()) +
                                         instance.baseName() + "." + model::langCode(lang);
                const markup::Document document = renderer_->parse(renderer_->markup(instance, program, lang), instance, lang);
                check(name, document, LaidOut(document, renderer_->fonts(), images_));
                ++checked;
            }
        EXPECT_GT(checked, 60u);
    }

    inline static std::vector<model::Partnership> partnerships_;
    inline static base::Images images_;  // the samples' logos and seals
    inline static std::unique_ptr<render::Renderer> renderer_;
};

template <typename Kind>
bool is(const markup::Block& block) {
    return std::holds_alternative<Kind>(block);
}

bool isBodyText(const markup::Block& block) {
    return is<markup::Paragraph>(block) || is<markup::List>(block) || is<markup::Table>(block);
}

TEST_F(SamplePages, NoSignatureBlockWithoutTwoLinesOfOtherBodyText) {
    size_t signaturePages = 0;
    forEachDocument([&](const std::string& name, const markup::Document& document, const LaidOut& laidOut) {
        std::set<size_t> withSignatures;
        std::map<size_t, int> bodyLines;
        for (size_t b = 0; b < document.blocks.size(); ++b)
            for (size_t s = 0; s < laidOut.slices[b].size(); ++s) {
                const size_t page = laidOut.pages[b][s];
                if (is<markup::Signatures>(document.blocks[b])) withSignatures.insert(page);
                if (isBodyText(document.blocks[b])) bodyLines[page] += textLines(laidOut.slices[b][s]);
            }
        for (size_t page : withSignatures) EXPECT_GE(bodyLines[page], 2) << name << " page " << page + 1;
        signaturePages += withSignatures.size();
    });
    EXPECT_GT(signaturePages, 60u);
}

// How many of the slices whose pages these are land on each page.
std::map<size_t, int> perPage(std::span<const size_t> pages) {
    std::map<size_t, int> counts;
    for (size_t page : pages) ++counts[page];
    return counts;
}

void expectTwoLinesOnEachPage(std::span<const size_t> pages, const std::string& what) {
    const auto counts = perPage(pages);
    if (counts.size() < 2) return;
    for (auto [page, count] : counts) EXPECT_GE(count, 2) << what << " page " << page + 1;
}

TEST_F(SamplePages, NoParagraphOrListItemLeavesOrCarriesASingleLine) {
    forEachDocument([&](const std::string& name, const markup::Document& document, const LaidOut& laidOut) {
        const layout::BlockContext context = layout::blockContextOf(document, renderer_->fonts(), &images_);
        for (size_t b = 0; b < document.blocks.size(); ++b) {
            const std::span<const size_t> pages(laidOut.pages[b]);
            if (is<markup::Paragraph>(document.blocks[b])) expectTwoLinesOnEachPage(pages, name + " paragraph");
            if (auto* list = std::get_if<markup::List>(&document.blocks[b])) {
                // An item's lines: those of a list of that item alone.
                size_t first = 0;
                for (const markup::Inline& item : list->items) {
                    const size_t lines = layout::blockSlices(markup::List{list->ordered, {item}}, context).size();
                    expectTwoLinesOnEachPage(pages.subspan(first, lines), name + " list item");
                    first += lines;
                }
            }
        }
    });
}

TEST_F(SamplePages, NoTableStartsWithFewerThanTwoBodyRows) {
    forEachDocument([&](const std::string& name, const markup::Document& document, const LaidOut& laidOut) {
        for (size_t b = 0; b < document.blocks.size(); ++b) {
            auto* table = std::get_if<markup::Table>(&document.blocks[b]);
            if (!table) continue;
            size_t headers = 0;
            while (headers < table->rows.size() && table->rows[headers].header) ++headers;
            const std::span<const size_t> pages(laidOut.pages[b]);
            if (headers == pages.size()) continue;
            const size_t start = pages[headers];
            if (headers > 0) {
                EXPECT_EQ(pages[0], start) << name << ": a table's header without its first row";
            }
            const auto body = perPage(pages.subspan(headers));
            EXPECT_GE(body.at(start), std::min<int>(2, static_cast<int>(pages.size() - headers)))
                << name << ": a table starts with one body row on page " << start + 1;
        }
    });
}

}  // namespace
}  // namespace wop
