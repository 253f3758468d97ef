// Micro benchmarks of the pipeline's stages (Google Benchmark): shaping a
// paragraph, breaking it into lines, rendering a template, laying out and
// writing the pages of the letter of intent, and a whole work plan of N rows
// (to show that the cost grows linearly with the data).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <unistd.h>

#include "context/catalogue.h"
#include "layout/layout.h"
#include "markup/parser.h"
#include "model/loader.h"
#include "pdf/writer.h"
#include "render/renderer.h"
#include "text/paragraph.h"

namespace {

using namespace wop;

const std::filesystem::path sourceDir = WOPDOCS_SOURCE_DIR;

const std::string englishParagraph =
    "The parties declare their intention to enter into a non-profit Water Operators' Partnership under "
    "PWON's National WOPs Program, in the spirit of solidarity, mutual understanding and commitment for "
    "common goals: Water and Sanitation Agency Lahore will guide and assist Water and Sanitation Agency "
    "Faisalabad and share its knowledge, skills and experiences, and PWON will facilitate, monitor and "
    "evaluate the partnership.";
const std::string urduParagraph =
    "فریقین باہمی افہام و تفہیم، یکجہتی اور مشترکہ مقاصد کے عزم کے جذبے کے تحت PWON کے قومی WOPs پروگرام "
    "کے تحت ایک غیر منافع بخش واٹر آپریٹرز پارٹنرشپ قائم کرنے کے ارادے کا اعلان کرتے ہیں: واٹر اینڈ سینی "
    "ٹیشن ایجنسی لاہور، واٹر اینڈ سینی ٹیشن ایجنسی فیصل آباد کی رہنمائی اور معاونت کرے گی اور اپنے علم، "
    "مہارت اور تجربات سے آگاہ کرے گی، اور PWON شراکت کی سہولت کاری، نگرانی اور جائزہ کرے گا۔";

// One renderer and one partnership for the whole run, made on first use.
struct Fixture {
    render::Renderer renderer;
    model::Partnership partnership;

    Fixture()
        : renderer(render::RenderSettings{sourceDir / "templates", text::FontChoice::defaults(sourceDir / "fonts"), {}}),
          partnership(load()) {}

    static model::Partnership load() {
        model::LoadResult result = model::loadPartnershipFile((sourceDir / "samples/lahore-faisalabad-nrw.json").string());
        if (!result.partnership) throw std::runtime_error("cannot load the sample partnership");
        return std::move(*result.partnership);
    }

    context::DocumentInstance document(std::string_view id) const {
        for (const context::DocumentInstance& d : context::availableDocuments(partnership))
            if (d.type->id == id) return d;
        throw std::runtime_error("no " + std::string(id) + " in the sample");
    }

    markup::Document tree(std::string_view id, model::Lang lang) const {
        context::DocumentInstance d = document(id);
        return renderer.parse(renderer.markup(d, {&partnership}, lang), d, lang);
    }

    const text::FontSet& fonts() const {
        static const text::FontSet set(text::FontChoice::defaults(sourceDir / "fonts"));
        return set;
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

std::filesystem::path scratch(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("wopdocs-micro-" + std::to_string(getpid()) + "-" + name);
}

model::Lang langOf(const benchmark::State& state) { return state.range(0) ? model::Lang::Ur : model::Lang::En; }

void shapeParagraph(benchmark::State& state) {
    const bool urdu = state.range(0);
    const std::string& text = urdu ? urduParagraph : englishParagraph;
    const auto direction = urdu ? text::Direction::RightToLeft : text::Direction::LeftToRight;
    const text::FontSet& fonts = fixture().fonts();
    for (auto _ : state) benchmark::DoNotOptimize(text::setLine(text, {}, direction, fonts));
    state.SetLabel(urdu ? "ur" : "en");
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void breakLines(benchmark::State& state) {
    const bool urdu = state.range(0);
    const std::string& text = urdu ? urduParagraph : englishParagraph;
    text::ParagraphStyle style{urdu ? text::Direction::RightToLeft : text::Direction::LeftToRight,
                               text::LineAlign::Justify, layout::PageGeometry{}.contentWidth()};
    const text::FontSet& fonts = fixture().fonts();
    size_t lines = 0;
    for (auto _ : state) {
        auto set = text::setParagraph({{text, {}, false}}, style, fonts);
        lines = set.size();
        benchmark::DoNotOptimize(set);
    }
    state.SetLabel(std::string(urdu ? "ur, " : "en, ") + std::to_string(lines) + " lines");
}

void renderTemplate(benchmark::State& state) {
    Fixture& f = fixture();
    const context::DocumentInstance d = f.document("letter-of-intent");
    for (auto _ : state) benchmark::DoNotOptimize(f.renderer.markup(d, {&f.partnership}, langOf(state)));
    state.SetLabel(state.range(0) ? "ur" : "en");
}

void layoutPages(benchmark::State& state) {
    Fixture& f = fixture();
    const markup::Document tree = f.tree("letter-of-intent", langOf(state));
    size_t pages = 0;
    for (auto _ : state) {
        layout::PageSet set = layout::layoutDocument(tree, f.fonts());
        pages += set.pages.size();
        benchmark::DoNotOptimize(set);
    }
    state.SetItemsProcessed(static_cast<int64_t>(pages));  // pages per second
    state.SetLabel(state.range(0) ? "ur, per page" : "en, per page");
}

void writePages(benchmark::State& state) {
    Fixture& f = fixture();
    const layout::PageSet set = layout::layoutDocument(f.tree("letter-of-intent", langOf(state)), f.fonts());
    const auto path = scratch("write.pdf");
    for (auto _ : state) pdf::writePdf(set, path);
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * set.pages.size()));
    state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
    state.SetLabel(state.range(0) ? "ur" : "en");
    std::filesystem::remove(path);
}

// The work plan with its activity table grown to N rows, template to PDF.
void workPlanRows(benchmark::State& state) {
    Fixture& f = fixture();
    model::Partnership p = f.partnership;
    const auto source = p.workPlan->activities;
    p.workPlan->activities.clear();
    for (int64_t i = 0; i < state.range(0); ++i) p.workPlan->activities.push_back(source[static_cast<size_t>(i) % source.size()]);
    context::DocumentInstance d = f.document("work-plan");
    d.partnership = &p;
    const auto path = scratch("work-plan.pdf");
    for (auto _ : state) f.renderer.renderPdf(d, {&p}, model::Lang::En, path);
    state.SetComplexityN(state.range(0));
    state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
    std::filesystem::remove(path);
}

BENCHMARK(shapeParagraph)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(breakLines)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(renderTemplate)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(layoutPages)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(writePages)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(workPlanRows)->Arg(50)->Arg(100)->Arg(200)->Arg(400)->Complexity()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
