#include "pdf/signature_inspection.h"

#include <array>
#include <optional>

#include <openssl/err.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>

#include "pdf/openssl_ptr.h"
#include "pdf/writer.h"

namespace wop::pdf {
namespace {

// The two ranges of `pdf` a signature's /ByteRange names, when it names two
// that lie in the file in order.
std::optional<std::array<std::string_view, 2>> signedRanges(std::string_view pdf, QPDFObjectHandle byteRange) {
    if (!byteRange.isArray() || byteRange.getArrayNItems() != 4) return std::nullopt;
    std::array<long long, 4> numbers{};
    for (int i = 0; i < 4; ++i) {
        QPDFObjectHandle number = byteRange.getArrayItem(i);
        if (!number.isInteger() || number.getIntValue() < 0) return std::nullopt;
        numbers[static_cast<std::size_t>(i)] = number.getIntValue();
    }
    const auto [start, length, secondStart, secondLength] = numbers;
    const auto size = static_cast<long long>(pdf.size());
    if (start + length > secondStart || secondStart + secondLength > size) return std::nullopt;
    auto range = [&](long long from, long long count) {
        return pdf.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(count));
    };
    return std::array{range(start, length), range(secondStart, secondLength)};
}

// The common name of `certificate`'s subject, else the whole subject.
std::string commonName(X509* certificate) {
    X509_NAME* subject = X509_get_subject_name(certificate);
    const int at = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (at >= 0) {
        unsigned char* utf8 = nullptr;
        const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at)));
        const BytesPtr owned(utf8);
        if (size >= 0) return std::string(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(size));
    }
    const BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), subject, 0, XN_FLAG_RFC2253) < 0) return "";
    char* text = nullptr;
    const long size = BIO_get_mem_data(out.get(), &text);
    return std::string(text, static_cast<std::size_t>(size));
}

// Reads the signature value's CMS: who signed, and whether it verifies over
// the signed ranges (its signer certificate's chain not checked).
void checkCms(FoundSignature& found, const std::string& contents,
              const std::optional<std::array<std::string_view, 2>>& ranges) {
    // /Contents is padded with zeros after the DER, which d2i reads past.
    const auto* der = reinterpret_cast<const unsigned char*>(contents.data());
    const CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &der, static_cast<long>(contents.size())));
    if (!cms) {
        ERR_clear_error();
        return;
    }
    if (CMS_set1_signers_certs(cms.get(), nullptr, 0) > 0) {
        STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms.get());
        X509* certificate = nullptr;
        if (sk_CMS_SignerInfo_num(signers) > 0)
            CMS_SignerInfo_get0_algs(sk_CMS_SignerInfo_value(signers, 0), nullptr, &certificate, nullptr, nullptr);
        if (certificate) found.signer = commonName(certificate);
    }
    if (ranges) {
        std::string content;
        content.reserve((*ranges)[0].size() + (*ranges)[1].size());
        content.append((*ranges)[0]).append((*ranges)[1]);
        const BioPtr in(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
        found.digestMatches =
            in && CMS_verify(cms.get(), nullptr, nullptr, in.get(), nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    }
    ERR_clear_error();
}

}  // namespace

SignatureFields inspectSignatures(std::string_view pdf) {
    SignatureFields fields;
    try {
        QPDF read;
        read.setSuppressWarnings(true);
        read.processMemoryFile("the signed copy", pdf.data(), pdf.size());
        QPDFAcroFormDocumentHelper form(read);
        for (QPDFFormFieldObjectHelper field : form.getFormFields()) {
            if (field.getFieldType() != "/Sig") continue;
            QPDFObjectHandle value = field.getValue();
            if (!value.isDictionary()) {
                fields.emptyFields.push_back(field.getFullyQualifiedName());
                continue;
            }
            FoundSignature found{field.getFullyQualifiedName(), "", false, 0};
            const auto ranges = signedRanges(pdf, value.getKey("/ByteRange"));
            if (ranges) found.signedLength = static_cast<std::size_t>((*ranges)[1].data() - pdf.data()) + (*ranges)[1].size();
            QPDFObjectHandle contents = value.getKey("/Contents");
            if (contents.isString()) checkCms(found, contents.getStringValue(), ranges);
            fields.signatures.push_back(std::move(found));
        }
    } catch (const std::exception& e) {  // QPDFExc, and qpdf's std::runtime_error for a broken structure
        throw PdfError(std::string("not a PDF qpdf can read: ") + e.what());
    }
    return fields;
}

}  // namespace wop::pdf
