// What a signed copy's signature fields hold, read back from documents
// sealed and signed here with the throwaway keys, and checked against what
// pdfsig says of the same files.
#include <gtest/gtest.h>

#include <algorithm>

#include "pdf/revisions.h"
#include "pdf/signature_inspection.h"
#include "pdf/writer.h"
#include "seal_support.h"

namespace wop {
namespace {

using test::SigningCredentials;

const pdf::FoundSignature* signatureIn(const pdf::SignatureFields& fields, const std::string& field) {
    auto found = std::find_if(fields.signatures.begin(), fields.signatures.end(),
                              [&](const pdf::FoundSignature& s) { return s.field == field; });
    return found == fields.signatures.end() ? nullptr : &*found;
}

const std::string& sealedLetter() {
    static const std::string sealed = test::signableLetter(&test::sealSigner());
    return sealed;
}

TEST(SignatureInspection, ASealedLetterHasItsSignatoriesFieldsEmptyAndTheSealSigned) {
    const pdf::SignatureFields fields = pdf::inspectSignatures(sealedLetter());
    EXPECT_EQ(fields.emptyFields, (std::vector<std::string>{"mentee-director", "mentor-director", "pwon-coordinator"}));
    ASSERT_EQ(fields.signatures.size(), 1u);
    EXPECT_EQ(fields.signatures[0].field, "pwon-seal");
    EXPECT_EQ(fields.signatures[0].signer, SigningCredentials::signerName);
    EXPECT_TRUE(fields.signatures[0].digestMatches);
    EXPECT_EQ(fields.signatures[0].signedLength, sealedLetter().size());
}

TEST(SignatureInspection, ASignatorysSignatureIsFoundWithItsNameAndHolds) {
    test::ScratchDir dir("inspection-signed");
    const std::string copy = test::signField(sealedLetter(), "mentee-director", test::signatorySigner());
    const pdf::SignatureFields fields = pdf::inspectSignatures(copy);
    EXPECT_EQ(fields.emptyFields, (std::vector<std::string>{"mentor-director", "pwon-coordinator"}));
    const pdf::FoundSignature* signatory = signatureIn(fields, "mentee-director");
    ASSERT_NE(signatory, nullptr);
    EXPECT_EQ(signatory->signer, SigningCredentials::signatoryName);
    EXPECT_TRUE(signatory->digestMatches);
    EXPECT_EQ(signatory->signedLength, copy.size());
    const pdf::FoundSignature* seal = signatureIn(fields, "pwon-seal");
    ASSERT_NE(seal, nullptr);
    EXPECT_TRUE(seal->digestMatches);
    EXPECT_EQ(seal->signedLength, sealedLetter().size()) << "the seal signs the revision before the signatory's";

    // poppler reads the same: both signatures hold.
    test::writeFile(dir / "copy.pdf", copy);
    const std::string report = test::pdfsig(dir / "copy.pdf");
    EXPECT_NE(report.find(std::string("Signer Certificate Common Name: ") + SigningCredentials::signatoryName),
              std::string::npos)
        << report;
    size_t valid = 0;
    for (size_t at = report.find(test::validSignature); at != std::string::npos;
         at = report.find(test::validSignature, at + 1))
        ++valid;
    EXPECT_EQ(valid, 2u) << report;
}

TEST(SignatureInspection, ASignatureOverBytesChangedSinceDoesNotMatch) {
    std::string copy = test::signField(sealedLetter(), "mentee-director", test::signatorySigner());
    // The signing time, in the signatory's signed revision, a year later.
    const size_t at = copy.rfind("D:2025");
    ASSERT_NE(at, std::string::npos);
    copy[at + 5] = '6';
    const pdf::SignatureFields fields = pdf::inspectSignatures(copy);
    const pdf::FoundSignature* signatory = signatureIn(fields, "mentee-director");
    ASSERT_NE(signatory, nullptr);
    EXPECT_EQ(signatory->signer, SigningCredentials::signatoryName) << "still read";
    EXPECT_FALSE(signatory->digestMatches);
    EXPECT_TRUE(signatureIn(fields, "pwon-seal")->digestMatches) << "its revision is untouched";
}

TEST(SignatureInspection, AnUnsealedDraftHasNoSignatureFields) {
    const pdf::SignatureFields fields = pdf::inspectSignatures(test::finishedPdf());
    EXPECT_TRUE(fields.emptyFields.empty());
    EXPECT_TRUE(fields.signatures.empty());
}

TEST(SignatureInspection, WhatIsNoPdfIsRefused) {
    EXPECT_THROW(pdf::inspectSignatures("This is a letter, not a PDF."), pdf::PdfError);
}

TEST(Revisions, TheOriginalIsAnEarlierRevisionOfItsSignedCopy) {
    const std::string copy = test::signField(sealedLetter(), "mentee-director", test::signatorySigner());
    const std::vector<size_t> lengths = pdf::earlierRevisionLengths(copy, 16);
    EXPECT_NE(std::find(lengths.begin(), lengths.end(), sealedLetter().size()), lengths.end());
    EXPECT_EQ(std::find(lengths.begin(), lengths.end(), copy.size()), lengths.end()) << "not the whole file";
    EXPECT_TRUE(std::is_sorted(lengths.begin(), lengths.end()));
    for (size_t length : lengths) EXPECT_NE(copy.substr(0, length).rfind("%%EOF"), std::string::npos);
    EXPECT_LE(pdf::earlierRevisionLengths(copy, 1).size(), 1u);
}

TEST(Revisions, AFileOfOneRevisionHasNoEarlierOne) {
    EXPECT_TRUE(pdf::earlierRevisionLengths(test::finishedPdf(), 16).empty());
}

}  // namespace
}  // namespace wop
