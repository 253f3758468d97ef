// The code a final document prints (store/verification_code.h) and finding
// its version by it.
#include <gtest/gtest.h>

#include <regex>

#include "store/registry.h"
#include "store/verification_code.h"
#include "store_fixture.h"

namespace wop::store {
namespace {

using model::Lang;
using model::Status;

const DocumentKey letter{"lahore-faisalabad-nrw", "letter-of-intent", Lang::En};
const std::string markupHash(64, 'a');

TEST(VerificationCode, IsTenCrockfordCharactersInTwoGroups) {
    const std::string code = verificationCode(letter, 1, markupHash);
    EXPECT_TRUE(std::regex_match(code, std::regex("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"))) << code;
    EXPECT_EQ(verificationCode(letter, 1, markupHash), code) << "derived, so made again alike";
}

TEST(VerificationCode, DiffersForAnotherVersionLanguageDocumentOrContent) {
    const std::string code = verificationCode(letter, 1, markupHash);
    EXPECT_NE(verificationCode(letter, 2, markupHash), code);
    EXPECT_NE(verificationCode({letter.partnership, letter.document, Lang::Ur}, 1, markupHash), code);
    EXPECT_NE(verificationCode({letter.partnership, "memorandum-of-agreement", Lang::En}, 1, markupHash), code);
    EXPECT_NE(verificationCode({"rawalpindi-multan-billing", letter.document, Lang::En}, 1, markupHash), code);
    EXPECT_NE(verificationCode(letter, 1, std::string(64, 'b')), code);
}

TEST(VerificationCode, PartsDoNotRunIntoEachOther) {
    EXPECT_NE(verificationCode({"ab", "c", Lang::En}, 1, markupHash), verificationCode({"a", "bc", Lang::En}, 1, markupHash));
}

TEST(VerificationCode, OnlyAFinalVersionWithItsMarkupKeptHasOne) {
    DocumentRecord record;
    record.key = letter;
    record.version = 3;
    record.contentHash = markupHash;
    record.status = Status::Draft;
    EXPECT_FALSE(verificationCodeOf(record));
    record.status = Status::Final;
    EXPECT_EQ(verificationCodeOf(record), verificationCode(letter, 3, markupHash));
    record.contentHash.clear();  // made before contents were kept: it printed none
    EXPECT_FALSE(verificationCodeOf(record));
}

TEST(VerificationCode, ReadsWhatPeopleType) {
    EXPECT_EQ(normalizeVerificationCode("7KQ2M-XW4PD"), "7KQ2M-XW4PD");
    EXPECT_EQ(normalizeVerificationCode("7kq2mxw4pd"), "7KQ2M-XW4PD");
    EXPECT_EQ(normalizeVerificationCode(" 7kq2m xw4pd "), "7KQ2M-XW4PD");
    EXPECT_EQ(normalizeVerificationCode("O1I2L-00000"), "01121-00000") << "O, I and L read as 0, 1 and 1";
}

TEST(VerificationCode, RefusesWhatIsNoCode) {
    for (const char* typed : {"", "7KQ2M", "7KQ2M-XW4PD0", "7KQ2M-XW4PU", "7KQ2M/XW4PD", "7KQ2M-XW4P\xC3\xA9"})
        EXPECT_FALSE(normalizeVerificationCode(typed)) << typed;
}

class VerificationLookupTest : public StoreTest {};
WOPDOCS_ON_EVERY_DATABASE(VerificationLookupTest);

DocumentRecord version(int number, Status status, const std::string& contentHash) {
    DocumentRecord r = recordedVersion(letter.partnership, letter.document, letter.lang, number, status);
    r.contentHash = contentHash;
    return r;
}

TEST_P(VerificationLookupTest, FindsTheFinalVersionThatPrintsTheCode) {
    Store store(location_);
    Registry registry = store.registry();
    registry.add(version(1, Status::Draft, "draft-markup"));
    registry.add(version(2, Status::Final, "final-markup"));
    registry.add(version(3, Status::Final, "final-markup-changed"));
    const auto found = registry.findByVerificationCode(verificationCode(letter, 2, "final-markup"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->version, 2);
    EXPECT_EQ(registry.findByVerificationCode(verificationCode(letter, 3, "final-markup-changed"))->version, 3);
    EXPECT_FALSE(registry.findByVerificationCode(verificationCode(letter, 1, "draft-markup"))) << "a draft prints none";
    EXPECT_FALSE(registry.findByVerificationCode(verificationCode(letter, 4, "final-markup")));
}

}  // namespace
}  // namespace wop::store
