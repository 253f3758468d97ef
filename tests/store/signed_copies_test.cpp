// The signed copies a version gets back, on SQLite and PostgreSQL: each
// copy's file and rows, found by version and by SHA-256, and nothing left
// of a copy the database refused.
#include <gtest/gtest.h>

#include "base/sha256.h"
#include "store/signed_copies.h"
#include "store/store_error.h"
#include "store_fixture.h"

namespace wop::store {
namespace {

using model::Lang;

const DocumentKey letter{"lahore-faisalabad-nrw", "letter-of-intent", Lang::En};

DocumentRecord finalVersion(int version) {
    return recordedVersion(letter.partnership, letter.document, letter.lang, version, model::Status::Final);
}

SignedCopy digitalCopy(const std::string& bytes, int version) {
    SignedCopy copy;
    copy.sha256 = base::sha256(bytes);
    copy.key = letter;
    copy.version = version;
    copy.kind = CopyKind::Digital;
    copy.signatoryFields = 3;
    copy.signatoriesSigned = 2;
    copy.signatures = {{"mentee-director", "Ayesha Siddiqui", true},
                       {"mentor-director", "Sara Khan", true},
                       {"pwon-coordinator", "Somebody Else", false}};
    copy.uploadedBy = "rabia";
    return copy;
}

class SignedCopiesTest : public StoreTest {};
WOPDOCS_ON_EVERY_DATABASE(SignedCopiesTest);

TEST_P(SignedCopiesTest, KeepsEachCopysFileAndWhatWasFoundInIt) {
    Store store(location_);
    store.registry().add(finalVersion(1));
    store.registry().add(finalVersion(2));
    SignedCopies copies = store.signedCopies();
    const std::string bytes = "%PDF-1.7 signed twice\n%%EOF\n";
    SignedCopy copy = digitalCopy(bytes, 2);
    copies.add(copy, bytes);
    EXPECT_EQ(copy.path, "signed/lahore-faisalabad-nrw/letter-of-intent.en.v2." + copy.sha256.substr(0, 16) + ".pdf");
    EXPECT_EQ(test::readFile(store.dataDir() / copy.path), bytes);

    const auto found = copies.findBySha256(base::sha256(bytes));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->key, letter);
    EXPECT_EQ(found->version, 2);
    EXPECT_EQ(found->kind, CopyKind::Digital);
    EXPECT_EQ(found->uploadedBy, "rabia");
    EXPECT_EQ(found->uploadedAt.size(), 20u) << found->uploadedAt;
    ASSERT_EQ(found->signatures.size(), 3u);
    EXPECT_EQ(found->signatures[0].field, "mentee-director");
    EXPECT_EQ(found->signatures[0].signer, "Ayesha Siddiqui");
    EXPECT_TRUE(found->signatures[1].digestMatches);
    EXPECT_FALSE(found->signatures[2].digestMatches);
    EXPECT_EQ(found->state(), "signed by 2 of 3");

    EXPECT_EQ(copies.ofVersion(letter, 2).size(), 1u);
    EXPECT_TRUE(copies.ofVersion(letter, 1).empty());
    EXPECT_TRUE(copies.ofVersion({letter.partnership, letter.document, Lang::Ur}, 2).empty());
    EXPECT_FALSE(copies.findBySha256(base::sha256("another file")));
    EXPECT_EQ(copies.ofPartnership(letter.partnership).size(), 1u);
    EXPECT_TRUE(copies.ofPartnership("rawalpindi-multan-billing").empty());
}

TEST_P(SignedCopiesTest, AVersionsStateIsItsBestCopy) {
    Store store(location_);
    store.registry().add(finalVersion(1));
    SignedCopies copies = store.signedCopies();
    SignedCopy scan;
    scan.sha256 = base::sha256("scan");
    scan.key = letter;
    scan.version = 1;
    scan.kind = CopyKind::Scanned;
    scan.uploadedBy = "facilitator (command line)";
    copies.add(scan, "scan");
    EXPECT_EQ(signedCopiesState(copies.ofVersion(letter, 1)), "scanned copy");
    SignedCopy digital = digitalCopy("digital", 1);
    copies.add(digital, "digital");
    EXPECT_EQ(signedCopiesState(copies.ofVersion(letter, 1)), "signed by 2 of 3");
    EXPECT_EQ(signedCopiesState({}), "");
    EXPECT_EQ(copies.all().size(), 2u);
}

TEST_P(SignedCopiesTest, ACopyTheDatabaseRefusesLeavesNoFile) {
    Store store(location_);
    store.registry().add(finalVersion(1));
    SignedCopies copies = store.signedCopies();
    SignedCopy copy = digitalCopy("the same bytes", 1);
    copies.add(copy, "the same bytes");
    SignedCopy again = digitalCopy("the same bytes", 1);
    // Recorded already: the second is refused, and the first copy's file stays.
    EXPECT_THROW(copies.add(again, "the same bytes"), StoreError);
    EXPECT_EQ(copies.all().size(), 1u);

    EXPECT_EQ(test::readFile(store.dataDir() / copy.path), "the same bytes");

    // Of a version that is not registered: the reference refuses it.
    SignedCopy unregistered = digitalCopy("other bytes", 9);
    EXPECT_THROW(copies.add(unregistered, "other bytes"), StoreError);
    EXPECT_FALSE(std::filesystem::exists(store.dataDir() / SignedCopies::relativePath(letter, 9, unregistered.sha256)));
    EXPECT_EQ(copies.all().size(), 1u);
}

}  // namespace
}  // namespace wop::store
