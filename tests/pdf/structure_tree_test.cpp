// The written PDF is tagged: its structure tree holds the document's
// elements in reading order, each with the marked content it owns, and a
// run in another language is a span naming it.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include "pdf_support.h"

namespace wop {
namespace {

struct Tagged {
    QPDF pdf;
    explicit Tagged(const std::filesystem::path& path) { pdf.processFile(path.c_str()); }
    QPDFObjectHandle root() { return pdf.getRoot().getKey("/StructTreeRoot"); }
};

// The element types under `element`, depth first, in the order of the tree.
void collectTypes(QPDFObjectHandle element, std::vector<std::string>& types) {
    QPDFObjectHandle kids = element.getKey("/K");
    if (!kids.isArray()) return;
    for (int i = 0; i < kids.getArrayNItems(); ++i) {
        QPDFObjectHandle kid = kids.getArrayItem(i);
        if (!kid.isDictionary() || !kid.hasKey("/S")) continue;
        types.push_back(kid.getKey("/S").getName());
        collectTypes(kid, types);
    }
}

std::vector<std::string> typesOf(Tagged& tagged) {
    std::vector<std::string> types;
    QPDFObjectHandle document = tagged.root().getKey("/K");
    types.push_back(document.getKey("/S").getName());
    collectTypes(document, types);
    return types;
}

TEST(StructureTree, PdfinfoSaysTagged) {
    test::ScratchDir dir("structure-tree");
    auto path = test::writeMarkup(dir, "<document lang=\"en\"><h1>Work plan</h1><p>Text.</p></document>", "t.pdf");
    const auto info = test::run("pdfinfo " + path.string());
    EXPECT_NE(info.output.find("Tagged:          yes"), std::string::npos) << info.output;
    Tagged tagged(path);
    EXPECT_TRUE(tagged.pdf.getRoot().getKey("/MarkInfo").getKey("/Marked").getBoolValue());
}

TEST(StructureTree, ElementsStandInReadingOrder) {
    test::ScratchDir dir("structure-tree");
    auto path = test::writeMarkup(dir,
                                  "<document lang=\"en\"><h1>Work plan</h1><p>Why.</p><ol><li>First</li></ol>"
                                  "<table><tr header=\"yes\"><th>Activity</th></tr><tr><td>Survey</td></tr></table>"
                                  "</document>",
                                  "t.pdf");
    Tagged tagged(path);
    EXPECT_EQ(typesOf(tagged), (std::vector<std::string>{"/Document", "/H1", "/P", "/L", "/LI", "/Lbl", "/LBody", "/Table",
                                                         "/TR", "/TH", "/TR", "/TD"}));
}

TEST(StructureTree, ALatinRunInUrduIsASpanInEnglish) {
    test::ScratchDir dir("structure-tree");
    auto path = test::writeMarkup(dir, "<document lang=\"ur\"><p>اجلاس WASA Lahore کے دفتر میں ہوا۔</p></document>", "t.pdf");
    Tagged tagged(path);
    EXPECT_EQ(tagged.pdf.getRoot().getKey("/Lang").getUTF8Value(), "ur");
    QPDFObjectHandle paragraph = tagged.root().getKey("/K").getKey("/K").getArrayItem(0);
    ASSERT_EQ(paragraph.getKey("/S").getName(), "/P");
    std::vector<std::string> spans;
    QPDFObjectHandle kids = paragraph.getKey("/K");
    for (int i = 0; i < kids.getArrayNItems(); ++i)
        if (kids.getArrayItem(i).isDictionary() && kids.getArrayItem(i).hasKey("/Lang"))
            spans.push_back(kids.getArrayItem(i).getKey("/Lang").getUTF8Value());
    EXPECT_EQ(spans, std::vector<std::string>{"en"});
}

// Each page's parent tree entry names, for each MCID, the element whose
// kids hold it: what a reader follows from the content back to the tree.
TEST(StructureTree, TheParentTreeLeadsEachMarkedSequenceToItsElement) {
    test::ScratchDir dir("structure-tree");
    std::string markup = "<document lang=\"en\">";
    for (int i = 0; i < 60; ++i) markup += "<p>Paragraph " + std::to_string(i) + " of a document longer than a page.</p>";
    auto path = test::writeMarkup(dir, markup + "</document>", "t.pdf");
    Tagged tagged(path);
    QPDFObjectHandle numbers = tagged.root().getKey("/ParentTree").getKey("/Nums");
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(tagged.pdf).getAllPages();
    ASSERT_GT(pages.size(), 1u);
    ASSERT_EQ(numbers.getArrayNItems(), static_cast<int>(2 * pages.size()));
    for (size_t p = 0; p < pages.size(); ++p) {
        const long long key = pages[p].getObjectHandle().getKey("/StructParents").getIntValue();
        QPDFObjectHandle owners = numbers.getArrayItem(static_cast<int>(2 * key + 1));
        ASSERT_GT(owners.getArrayNItems(), 0) << "page " << p;
        for (int mcid = 0; mcid < owners.getArrayNItems(); ++mcid) {
            QPDFObjectHandle owner = owners.getArrayItem(mcid);
            QPDFObjectHandle kids = owner.getKey("/K");
            bool found = false;
            for (int k = 0; k < kids.getArrayNItems(); ++k) {
                QPDFObjectHandle kid = kids.getArrayItem(k);
                const bool onThisPage = owner.getKey("/Pg").getObjGen() == pages[p].getObjectHandle().getObjGen();
                if (kid.isInteger() && onThisPage) found = found || kid.getIntValue() == mcid;
                if (kid.isDictionary() && kid.hasKey("/MCID"))
                    found = found || (kid.getKey("/MCID").getIntValue() == mcid &&
                                      kid.getKey("/Pg").getObjGen() == pages[p].getObjectHandle().getObjGen());
            }
            EXPECT_TRUE(found) << "page " << p << " MCID " << mcid;
        }
    }
}

}  // namespace
}  // namespace wop
