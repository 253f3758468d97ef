// The store keeps no PDF without its %%EOF marker.
#include <gtest/gtest.h>

#include <string>

#include "store/complete_pdf.h"

namespace wop::store {
namespace {

TEST(CompletePdf, EndsWithTheEofMarker) {
    EXPECT_TRUE(isCompletePdf("%PDF-1.7\n...\n%%EOF\n"));
    EXPECT_TRUE(isCompletePdf("%PDF-1.7\n...\n%%EOF"));
}

TEST(CompletePdf, ATornOrEmptyFileIsNot) {
    EXPECT_FALSE(isCompletePdf(""));
    EXPECT_FALSE(isCompletePdf("%PDF-1.7\n1 0 obj\n<< /Type /Catalog"));
    EXPECT_FALSE(isCompletePdf("%PDF-1.7\n%%EOF\n" + std::string(100, 'x')));  // a marker with more after it
}

}  // namespace
}  // namespace wop::store
