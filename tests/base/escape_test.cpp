// Text made safe inside document markup and HTML.
#include <gtest/gtest.h>

#include "base/escape.h"

namespace wop::base {
namespace {

TEST(Escape, TurnsTheFiveSpecialCharactersIntoReferences) {
    EXPECT_EQ(escape(R"(& < > " ')"), "&amp; &lt; &gt; &quot; &#39;");
}

TEST(Escape, LeavesOtherTextAlone) {
    EXPECT_EQ(escape(""), "");
    EXPECT_EQ(escape("Lahore → لاہور; 50%"), "Lahore → لاہور; 50%");
}

TEST(Escape, EscapesAReferenceAgain) {
    EXPECT_EQ(escape("&amp;"), "&amp;amp;");
}

}  // namespace
}  // namespace wop::base
