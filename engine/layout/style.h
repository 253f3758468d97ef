// The typographic scale every document shares.
#pragma once

#include "layout/page.h"

namespace wop::layout::style {

// The paper and its margins are the settings' (page_geometry.h). The footer
// stands in the bottom margin, as far from the paper's edge whatever its size.
inline constexpr float footerBaselineFromBottom = 40;
// The verification mark of a final document's last page: its line under
// the reference, its QR code at the end side, between the footer's rule
// and the edge a printer cannot reach (about 5 mm).
inline constexpr float verificationLineDrop = 11;
inline constexpr float verificationQrSide = 38;
inline constexpr float verificationQrBottom = 14;
inline constexpr float verificationQrGap = 8;

inline constexpr float bodySize = 10.5f;
inline constexpr float smallSize = 8.5f;
inline constexpr float lineGap = 0.12f;  // extra leading, in ems of the paragraph's size
inline constexpr float paragraphSpacing = 6;  // after a paragraph, a list, a table
inline constexpr float listItemSpacing = 2;   // between the items of a list
inline constexpr float cellPadding = 4;
inline constexpr float listIndent = 18;

inline constexpr float centimetre = 72 / 2.54f;
// Between a signature block's label and its line to sign on: a signature
// and a round stamp beside or over it.
inline constexpr float signingHeight = 3 * centimetre;
inline constexpr float signatureGap = 24;  // between the blocks of a row
// A seal stands in the room to sign, at the end side, as wide as this share of its block at most.
inline constexpr float sealShare = 0.45f;

// A letterhead's logo, at most this size, and the space between it and the text beside it.
inline constexpr float logoWidth = 4 * centimetre;
inline constexpr float logoHeight = 2.2f * centimetre;
inline constexpr float logoGap = 10;

inline constexpr Color ink{0.1f, 0.1f, 0.12f};
inline constexpr Color accent{0.05f, 0.27f, 0.50f};  // PWON blue
inline constexpr Color muted{0.38f, 0.40f, 0.44f};
inline constexpr Color rule{0.62f, 0.66f, 0.72f};
inline constexpr Color headerFill{0.90f, 0.93f, 0.97f};
inline constexpr Color watermark{0.80f, 0.15f, 0.15f};

struct HeadingStyle {
    float size;
    float spaceBefore;
    float spaceAfter;
};
inline constexpr HeadingStyle headings[3] = {{17, 4, 8}, {12.5f, 12, 4}, {11, 8, 3}};

}  // namespace wop::layout::style
