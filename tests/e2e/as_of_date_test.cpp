// A document states only what was true or planned on its own date
// (docs/template-context.md, "As of its date"): in every sample document, in
// both languages, each date after the document's own stands in a sentence,
// list item or table row that marks it as planned, due or asked for.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "context/context.h"
#include "markup/parser.h"
#include "model/date.h"
#include "support.h"
#include "template/template_set.h"

namespace wop::test {
namespace {

// What may carry a date after the document's: a plan, a deadline, a reply asked for.
const std::vector<std::string> englishMarkers = {"plan", "Plan", "due", "reply"};
const std::vector<std::string> urduMarkers = {"طے شدہ", "متوقع", "جواب"};

const char* const englishMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};
const char* const urduMonths[] = {"جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون",
                                  "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"};

std::string plain(const markup::Inline& content) {
    std::string text;
    for (const markup::Span& span : content) text += span.lineBreak ? " " : span.text;
    return text;
}

// Each paragraph, heading, list item and signature; each table row with
// the table's header row before it, since a column may say "planned".
std::vector<std::string> textUnits(const markup::Document& document) {
    std::vector<std::string> units;
    for (const markup::Block& block : document.blocks) {
        if (const auto* p = std::get_if<markup::Paragraph>(&block)) units.push_back(plain(p->content));
        if (const auto* h = std::get_if<markup::Heading>(&block)) units.push_back(plain(h->content));
        if (const auto* l = std::get_if<markup::List>(&block))
            for (const auto& item : l->items) units.push_back(plain(item));
        if (const auto* t = std::get_if<markup::Table>(&block)) {
            std::string header;
            for (const markup::Row& row : t->rows) {
                std::string text;
                for (const markup::Cell& cell : row.cells) text += plain(cell.content) + " | ";
                if (row.header) header += text;
                else units.push_back(header + text);
            }
        }
        if (const auto* s = std::get_if<markup::Signatures>(&block))
            for (const auto& signature : s->items) units.push_back(signature.label + " " + signature.name);
    }
    return units;
}

struct DateFound {
    model::Date date;  // a month alone stands for its last day
    std::string text;
};

// Dates as the documents print them: "14 March 2025", "March 2025" and
// their Urdu forms "14 مارچ 2025", "مارچ 2025".
std::vector<DateFound> datesIn(const std::string& text, model::Lang lang) {
    const auto& months = lang == model::Lang::Ur ? urduMonths : englishMonths;
    auto patternOf = [](const char* const(&names)[12]) {
        std::string alternatives;
        for (const char* name : names) alternatives += (alternatives.empty() ? "" : "|") + std::string(name);
        return std::regex("(?:(\\d{1,2}) )?(" + alternatives + ") (\\d{4})");
    };
    static const std::regex english = patternOf(englishMonths);
    static const std::regex urdu = patternOf(urduMonths);
    std::vector<DateFound> found;
    const std::regex& pattern = lang == model::Lang::Ur ? urdu : english;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it) {
        const int month = static_cast<int>(std::find(std::begin(months), std::end(months), (*it)[2].str()) - std::begin(months)) + 1;
        const int day = (*it)[1].matched ? std::stoi((*it)[1]) : 28;  // a month: late enough to count
        found.push_back({model::Date{std::stoi((*it)[3]), month, day}, it->str()});
    }
    return found;
}

bool marked(const std::string& unit, model::Lang lang) {
    for (const std::string& marker : lang == model::Lang::Ur ? urduMarkers : englishMarkers)
        if (unit.find(marker) != std::string::npos) return true;
    return false;
}

TEST(AsOfItsDate, NoSampleDocumentStatesALaterDateUnlessPlanned) {
    const auto partnerships = samplePartnerships();
    const auto program = pointersTo(partnerships);
    int documents = 0;
    int datesChecked = 0;
    for (model::Lang lang : {model::Lang::En, model::Lang::Ur}) {
        const tmpl::TemplateSet templates =
            tmpl::TemplateSet::load(sourceDir() / "templates" / model::langCode(lang));
        const context::Locale locale(lang, {});
        std::vector<context::DocumentInstance> all = {{context::findDocumentType("roadmap"), nullptr, std::nullopt}};
        for (const auto& partnership : partnerships)
            for (const auto& document : context::availableDocuments(partnership)) all.push_back(document);
        for (const auto& document : all) {
            const std::string markup =
                templates.render(document.type->id, context::buildContext(document, program, locale)).text;
            const markup::Document parsed = markup::parse(markup);
            const auto ownDate = model::Date::parse(parsed.date);
            if (!ownDate) continue;  // an undated draft: there is no "later"
            ++documents;
            for (const std::string& unit : textUnits(parsed)) {
                for (const DateFound& date : datesIn(unit, lang)) {
                    ++datesChecked;
                    EXPECT_TRUE(date.date <= *ownDate || marked(unit, lang))
                        << document.baseName() << " (" << model::langCode(lang) << ", dated " << parsed.date
                        << ") states " << date.text << ": " << unit;
                }
            }
        }
    }
    EXPECT_GT(documents, 70);
    EXPECT_GT(datesChecked, 300);
}

}  // namespace
}  // namespace wop::test
