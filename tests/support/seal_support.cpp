#include "seal_support.h"

#include <stdexcept>
#include <vector>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>

#include "layout/layout.h"
#include "markup/parser.h"
#include "pdf/incremental_update.h"
#include "pdf/signature_value.h"
#include "pdf/writer.h"

namespace wop::test {

namespace {

const text::FontSet& fonts() {
    static const text::FontSet set(text::FontChoice::defaults(sourceDir() / "fonts"));
    return set;
}

}  // namespace

const SigningCredentials& SigningCredentials::get() {
    static const SigningCredentials credentials;
    return credentials;
}

SigningCredentials::SigningCredentials() : dir_("signing-credentials") {
    const std::string in = "cd " + shellQuote(dir_.path().string()) + " && ";
    // The signer's certificate is a version 3 one with the key usages a
    // document signer has.
    writeFile(dir_ / "signer.ext", "keyUsage = critical, digitalSignature, nonRepudiation\n");
    const std::string signer = std::string("/O=Pakistan Water Operators Network/CN=") + signerName;
    const std::string signatory = std::string("/O=WASA Faisalabad/CN=") + signatoryName;
    for (const std::string& command : std::vector<std::string>{
             "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=Seal Test CA'",
             "openssl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr -subj " + shellQuote(signer),
             "openssl x509 -req -in signer.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile signer.ext "
             "-out signer.pem",
             "openssl pkey -in signer.key -aes256 -passout pass:" + shellQuote(password) + " -out signer-encrypted.key",
             "cat signer.pem ca.pem > chain.pem",
             "openssl req -newkey rsa:2048 -nodes -keyout signatory.key -out signatory.csr -subj " + shellQuote(signatory),
             "openssl x509 -req -in signatory.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile signer.ext "
             "-out signatory.pem"}) {
        const CommandResult result = run(in + command);
        if (result.exitCode != 0) throw std::runtime_error(command + " failed: " + result.output);
    }
}

std::string finishedPdf() {
    return pdf::makePdf(layout::layoutDocument(markup::parse(R"(<document lang="en" title="Letter of Intent">
<h1>Letter of Intent</h1><p>Between WASA Lahore, the mentor, and WASA Faisalabad, the mentee.</p></document>)"),
                                               fonts()));
}

std::string signableLetter(const pdf::Signer* seal) {
    return pdf::makePdf(layout::layoutDocument(markup::parse(R"(<document lang="en" title="Letter of Intent" status="final">
<h1>Letter of Intent</h1><p>Between WASA Lahore, the mentor, and WASA Faisalabad, the mentee.</p>
<signatures>
  <signature label="For the mentee" name="Ali Raza" title="Managing Director" org="WASA Faisalabad" role="mentee-director"/>
  <signature label="For the mentor" name="Sara Khan" title="Director" org="WASA Lahore" role="mentor-director"/>
  <signature label="Witness" name="Omar Farooq" title="Coordinator" org="PWON" role="pwon-coordinator"/>
</signatures></document>)"),
                                               fonts()),
                        seal);
}

const pdf::Signer& sealSigner() {
    static const pdf::Signer signer(SigningCredentials::get().key(), SigningCredentials::get().certificate(), "");
    return signer;
}

const pdf::Signer& signatorySigner() {
    static const pdf::Signer signer(SigningCredentials::get().signatoryKey(),
                                    SigningCredentials::get().signatoryCertificate(), "");
    return signer;
}

std::string signField(const std::string& pdf, const std::string& field, const pdf::Signer& signer) {
    QPDF read;
    read.processMemoryFile("the document to sign", pdf.data(), pdf.size());
    QPDFObjectHandle named;
    for (QPDFFormFieldObjectHelper candidate : QPDFAcroFormDocumentHelper(read).getFormFields())
        if (candidate.getFieldType() == "/Sig" && candidate.getFullyQualifiedName() == field)
            named = candidate.getObjectHandle();
    if (!named.isDictionary()) throw std::runtime_error("no signature field " + field);
    QPDFObjectHandle signature = read.makeIndirectObject(QPDFObjectHandle::newDictionary());
    named.replaceKey("/V", signature);
    pdf::IncrementalUpdate update(pdf, read);
    update.add(named);
    const pdf::SignatureValue value("/Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /M (D:20250314093000Z)",
                                    signer);
    const std::size_t dictionaryStart = update.add(signature, value.dictionary());
    std::string signedPdf = std::move(update).finish();
    value.sign(signedPdf, dictionaryStart);
    return signedPdf;
}

std::string pdfsig(const std::filesystem::path& pdf) { return run("pdfsig " + shellQuote(pdf.string())).output; }

std::vector<std::string> signatureFields(const std::string& report) {
    static const std::string label = "Signature Field Name: ";
    std::vector<std::string> names;
    for (size_t at = report.find(label); at != std::string::npos; at = report.find(label, at)) {
        at += label.size();
        names.push_back(report.substr(at, report.find('\n', at) - at));
    }
    return names;
}

}  // namespace wop::test
