// Tagged PDF: the structure tree that layout's elements (layout/page.h)
// become, tied to the pages by marked content. Each piece of content the
// writer draws is a marked-content sequence with a number (MCID) of its
// page, owned by one element; a run in another language than the document
// gets a span of that language of its own, under its element. Reading order
// is the tree's: elements in layout's order, each one's content in the
// order it is drawn, which is reading order (text_layer.h).
#pragma once

#include <string>
#include <vector>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "layout/page.h"

namespace wop::pdf {

class MarkedContent {
public:
    MarkedContent(std::vector<layout::StructureElement> structure, std::string documentLang);

    // A new marked-content sequence on `page` showing (part of) `element`,
    // in `lang` ("" for digits and punctuation: the element's). Returns the
    // operand that opens it: "/P <</MCID 3>>".
    std::string open(size_t page, int element, const std::string& lang);

    // Adds /StructTreeRoot with its /ParentTree to `pdf`'s catalog, with
    // /MarkInfo, and /StructParents to each page.
    void addTo(QPDF& pdf, std::vector<QPDFPageObjectHelper>& pages) const;

private:
    // A kid in reading order: an element, or a sequence (page, MCID).
    struct Kid {
        int element = -1;
        size_t page = 0;
        int mcid = -1;
    };
    struct Element {
        std::string type;  // the standard structure type: "P", "TD", "Span"…
        int parent;
        std::string lang;  // where it differs from the document's
        std::vector<Kid> kids;
    };
    std::vector<Element> elements_;
    std::string documentLang_;
    std::vector<std::vector<int>> owners_;  // by page, by MCID: the owning element

    // The element that owns content of `element` in `lang`: itself, or a
    // span of that language under it (its last kid, while the language runs on).
    int owner(int element, const std::string& lang);
    bool hasContent(int element) const;
    bool isKept(int element) const;
};

}  // namespace wop::pdf
