// Stage `layout`: a document tree -> pages (A4, Letter or Legal). Letterhead on the first page,
// footer with reference and "Page X of Y" on every page, pages broken where
// the rules of keeps.h allow (no widows or orphans, headings with what
// follows, signature blocks whole and with what precedes them), tables split
// between rows with their header rows repeated, right-to-left documents
// mirrored. A character that no font has, the document's or an installed
// one, is a warning naming the document, the character and the text it
// stands in: on the standard error, and in the PageSet.
// Images scaled as the markup asks, their proportions kept.
#pragma once

#include <stdexcept>
#include <string>

#include "layout/page.h"
#include "layout/page_geometry.h"
#include "markup/document.h"
#include "text/font_set.h"

namespace wop::layout {

class LayoutError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a final, registered document prints at the foot of its last page so
// that a reader of any copy can check it against the registry: its code
// (the document's `code-label`) or, when the portal's address is known, the
// QR code of its verification page and where to type the code (its
// `verify-label`).
struct VerificationMark {
    std::string code;     // "7KQ2M-XW4PD"
    std::string address;  // "https://wops.example.org/verify"; empty: the code alone
    std::string link;     // what the QR code holds: the address and the code
};

// `images`: those the markup may show, by digest (markup::Image); an image
// the markup names and `images` lacks is a LayoutError.
// `page`: the paper and its margins.
PageSet layoutDocument(const markup::Document& document, const text::FontSet& fonts,
                       const base::Images& images = {}, const VerificationMark* verification = nullptr,
                       const PageGeometry& page = {});

}  // namespace wop::layout
