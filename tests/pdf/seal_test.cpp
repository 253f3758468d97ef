// The seal on a finished PDF, checked with the tools a reader's machine has
// (pdfsig, qpdf, pdfinfo, openssl) and read back with qpdf.
#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <thread>
#include <vector>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "pdf/seal.h"
#include "pdf/writer.h"
#include "seal_support.h"

namespace wop {
namespace {

using test::SigningCredentials;

std::filesystem::path written(const test::ScratchDir& dir, const std::string& bytes, const std::string& name) {
    test::writeFile(dir / name, bytes);
    return dir / name;
}

// The field named `name` of the document's form; null when there is none.
QPDFObjectHandle fieldNamed(QPDF& pdf, const std::string& name) {
    QPDFObjectHandle fields = pdf.getRoot().getKey("/AcroForm").getKey("/Fields");
    for (int i = 0; fields.isArray() && i < fields.getArrayNItems(); ++i)
        if (fields.getArrayItem(i).getKey("/T").getUTF8Value() == name) return fields.getArrayItem(i);
    return QPDFObjectHandle::newNull();
}

// The bytes of the seal's signed ranges, one after the other.
std::string signedBytes(QPDF& pdf, const std::string& file) {
    std::vector<QPDFObjectHandle> range =
        fieldNamed(pdf, "pwon-seal").getKey("/V").getKey("/ByteRange").getArrayAsVector();
    EXPECT_EQ(range.size(), 4u);
    std::string bytes;
    for (size_t i = 0; i + 1 < range.size(); i += 2)
        bytes += file.substr(static_cast<size_t>(range[i].getIntValue()), static_cast<size_t>(range[i + 1].getIntValue()));
    return bytes;
}

// `pdf` with a signatory's empty signature field on its first page, in an
// /AcroForm of its own object, as the signature blocks will have them.
std::string withSignatoryField(const std::string& pdf) {
    QPDF document;
    document.processMemoryFile("unsealed", pdf.data(), pdf.size());
    QPDFObjectHandle page = QPDFPageDocumentHelper(document).getAllPages().front().getObjectHandle();
    QPDFObjectHandle field = document.makeIndirectObject(QPDFObjectHandle::parse(
        "<< /Type /Annot /Subtype /Widget /FT /Sig /T (mentor-signature) /F 4 /Rect [ 72 72 272 122 ] >>"));
    field.replaceKey("/P", page);
    page.replaceKey("/Annots", QPDFObjectHandle::newArray({field}));
    document.getRoot().replaceKey("/AcroForm", document.makeIndirectObject(QPDFObjectHandle::parse("<< >>")));
    document.getRoot().getKey("/AcroForm").replaceKey("/Fields", QPDFObjectHandle::newArray({field}));
    QPDFWriter writer(document);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

TEST(Seal, PdfsigFindsTheSealValidOverTheWholeDocument) {
    test::ScratchDir dir("seal-valid");
    const auto path = written(dir, pdf::sealPdf(test::finishedPdf(), test::sealSigner()), "sealed.pdf");
    const std::string report = test::pdfsig(path);
    for (const std::string& expected : std::vector<std::string>{
             "Signature Field Name: pwon-seal", std::string("Signer Certificate Common Name: ") + SigningCredentials::signerName,
             "Signature Type: ETSI.CAdES.detached", "Signing Hash Algorithm: SHA-256", "Total document signed",
             test::validSignature})
        EXPECT_NE(report.find(expected), std::string::npos) << expected << " not in:\n" << report;

    const auto check = test::run("qpdf --check " + test::shellQuote(path.string()));
    EXPECT_EQ(check.exitCode, 0) << check.output;
    const auto info = test::run("pdfinfo " + test::shellQuote(path.string()));
    EXPECT_EQ(info.exitCode, 0) << info.output;
    for (const char* expected : {"Letter of Intent", "AcroForm"})
        EXPECT_NE(info.output.find(expected), std::string::npos) << info.output;
}

TEST(Seal, TheFinishedFileStaysAsItWasBeforeTheUpdate) {
    const std::string finished = test::finishedPdf();
    const std::string sealed = pdf::sealPdf(finished, test::sealSigner());
    ASSERT_GT(sealed.size(), finished.size());
    EXPECT_EQ(sealed.substr(0, finished.size()), finished) << "the signed original must stay byte for byte";
    EXPECT_EQ(sealed.substr(sealed.size() - 6), "%%EOF\n") << "the update ends the file as a PDF ends";
}

TEST(Seal, OneByteChangedInEitherSignedRangeMakesItInvalid) {
    test::ScratchDir dir("seal-changed");
    const std::string sealed = pdf::sealPdf(test::finishedPdf(), test::sealSigner());
    // The binary comment of the header, in the first range, and the line end
    // after %%EOF, in the second: the file still reads, but not as signed.
    for (const size_t at : {size_t{11}, sealed.size() - 1}) {
        std::string changed = sealed;
        changed[at] = static_cast<char>(changed[at] ^ 0x01);
        const std::string report = test::pdfsig(written(dir, changed, "changed.pdf"));
        EXPECT_EQ(report.find(test::validSignature), std::string::npos) << "byte " << at << ":\n" << report;
        EXPECT_NE(report.find("Digest Mismatch"), std::string::npos) << "byte " << at << ":\n" << report;
    }
}

TEST(Seal, CertifiesTheDocumentAllowingFormFillingAndSigning) {
    const std::string sealed = pdf::sealPdf(test::finishedPdf(), test::sealSigner());
    QPDF read;
    read.processMemoryFile("sealed", sealed.data(), sealed.size());
    QPDFObjectHandle field = fieldNamed(read, "pwon-seal");
    ASSERT_TRUE(field.isDictionary());
    QPDFObjectHandle signature = field.getKey("/V");
    EXPECT_EQ(signature.getKey("/Filter").getName(), "/Adobe.PPKLite");
    EXPECT_EQ(signature.getKey("/SubFilter").getName(), "/ETSI.CAdES.detached");
    EXPECT_EQ(signature.getKey("/M").getStringValue().substr(0, 2), "D:");
    EXPECT_EQ(read.getRoot().getKey("/Perms").getKey("/DocMDP").getObjGen(), signature.getObjGen());
    QPDFObjectHandle reference = signature.getKey("/Reference").getArrayItem(0);
    EXPECT_EQ(reference.getKey("/TransformMethod").getName(), "/DocMDP");
    EXPECT_EQ(reference.getKey("/TransformParams").getKey("/P").getIntValue(), 2);
    EXPECT_EQ(read.getRoot().getKey("/AcroForm").getKey("/SigFlags").getIntValue(), 3);

    // Invisible, on the first page.
    EXPECT_EQ(field.getKey("/Rect").unparse(), "[ 0 0 0 0 ]");
    QPDFObjectHandle firstPage = QPDFPageDocumentHelper(read).getAllPages().front().getObjectHandle();
    EXPECT_EQ(field.getKey("/P").getObjGen(), firstPage.getObjGen());
    EXPECT_EQ(firstPage.getKey("/Annots").getArrayItem(0).getObjGen(), field.getObjGen());
}

TEST(Seal, TheSignatoriesFieldsStayAndTheSealHolds) {
    test::ScratchDir dir("seal-fields");
    const std::string sealed = pdf::sealPdf(withSignatoryField(test::finishedPdf()), test::sealSigner());
    const std::string report = test::pdfsig(written(dir, sealed, "sealed.pdf"));
    EXPECT_NE(report.find("Signature Field Name: pwon-seal"), std::string::npos) << report;
    EXPECT_NE(report.find(test::validSignature), std::string::npos) << report;

    QPDF read;
    read.processMemoryFile("sealed", sealed.data(), sealed.size());
    QPDFObjectHandle signatory = fieldNamed(read, "mentor-signature");
    ASSERT_TRUE(signatory.isDictionary()) << "the signatory's field is gone";
    EXPECT_EQ(signatory.getKey("/FT").getName(), "/Sig");
    EXPECT_FALSE(signatory.hasKey("/V")) << "still for the mentor to sign";
    EXPECT_TRUE(fieldNamed(read, "pwon-seal").isDictionary());
    EXPECT_EQ(QPDFPageDocumentHelper(read).getAllPages().front().getObjectHandle().getKey("/Annots").getArrayNItems(), 2);
}

// One signer, read once, seals on every thread of a batch at once.
TEST(Seal, ThreadsShareOneSigner) {
    test::ScratchDir dir("seal-threads");
    const std::string finished = test::finishedPdf();
    std::vector<std::string> sealed(8);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (size_t i = t; i < sealed.size(); i += 4) sealed[i] = pdf::sealPdf(finished, test::sealSigner());
        });
    for (std::thread& thread : threads) thread.join();
    for (size_t i = 0; i < sealed.size(); ++i) {
        const std::string report = test::pdfsig(written(dir, sealed[i], std::to_string(i) + ".pdf"));
        EXPECT_NE(report.find(test::validSignature), std::string::npos) << i << ":\n" << report;
    }
}

// openssl, not poppler, verifies the CMS over the signed ranges, and the
// certificate up to the authority the chain file ends with.
TEST(Seal, OpensslVerifiesTheSignatureAndTheChain) {
    test::ScratchDir dir("seal-openssl");
    const SigningCredentials& credentials = SigningCredentials::get();
    const pdf::Signer withChain(credentials.key(), credentials.chain(), "");
    const std::string sealed = pdf::sealPdf(test::finishedPdf(), withChain);
    QPDF read;
    read.processMemoryFile("sealed", sealed.data(), sealed.size());
    written(dir, signedBytes(read, sealed), "signed.bin");
    // The placeholder's zeros after the DER do no harm: the DER says its length.
    written(dir, fieldNamed(read, "pwon-seal").getKey("/V").getKey("/Contents").getStringValue(), "seal.der");

    // Only the authority is trusted: the signer's certificate comes from the CMS.
    const auto verify = test::run("cd " + test::shellQuote(dir.path().string()) +
                                  " && openssl cms -verify -inform DER -in seal.der -binary -content signed.bin"
                                  " -purpose any -out /dev/null -certsout carried.pem -CAfile " +
                                  test::shellQuote(credentials.authority().string()));
    EXPECT_EQ(verify.exitCode, 0) << verify.output;
    EXPECT_NE(verify.output.find("Verification successful"), std::string::npos) << verify.output;
    const std::string carried = test::readFile(dir / "carried.pem");
    for (const auto& certificate : {credentials.certificate(), credentials.authority()})
        EXPECT_NE(carried.find(test::readFile(certificate)), std::string::npos) << certificate << " not carried";
}

}  // namespace
}  // namespace wop
