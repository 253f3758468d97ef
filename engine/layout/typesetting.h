// The revision of how the engine sets a document: lines, pages, glyphs and
// the PDF drawn of them (the layout, text and pdf stages). A batch counts it
// in a document's look, with the fonts: raising it lets the next batch remake
// the drafts in the new look, never a final version that says the same.
// Raise it with any change that moves or alters what a page shows or what
// its text copies as; a change that does neither (a faster way to the same
// pages) leaves it.
#pragma once

namespace wop::layout {

// 2: values isolated in Urdu, one line box per paragraph, rows on one baseline
// 3: text that copies exactly in every viewer, tagged PDF
inline constexpr int typesettingRevision = 3;

}  // namespace wop::layout
