#include "pdf/signature_value.h"

#include <string_view>

#include "pdf/writer.h"

namespace wop::pdf {
namespace {

// Room for "0 start length start length" of a file under 10 GB.
constexpr std::size_t byteRangeWidth = 44;

void writeHex(std::string& out, std::size_t at, std::string_view bytes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    for (unsigned char byte : bytes) {
        out[at++] = digits[byte >> 4];
        out[at++] = digits[byte & 0xF];
    }
}

}  // namespace

SignatureValue::SignatureValue(const std::string& entries, const Signer& signer)
    : signer_(signer),
      contentsDigits_(2 * signer.maxSignatureSize()),
      dictionary_("<< " + entries + " /ByteRange [" + std::string(byteRangeWidth, ' ') + "] /Contents <" +
                  std::string(contentsDigits_, '0') + "> >>") {}

void SignatureValue::sign(std::string& pdf, std::size_t dictionaryStart) const {
    // The signed ranges: everything but /Contents' hex string, its angle
    // brackets included.
    const std::size_t contentsStart = dictionaryStart + dictionary_.find("/Contents <") + 10;
    const std::size_t contentsEnd = contentsStart + contentsDigits_ + 2;
    const std::string byteRange = "0 " + std::to_string(contentsStart) + ' ' + std::to_string(contentsEnd) + ' ' +
                                  std::to_string(pdf.size() - contentsEnd);
    pdf.replace(dictionaryStart + dictionary_.find("/ByteRange [") + 12, byteRange.size(), byteRange);

    const std::string_view file(pdf);
    const std::string cms = signer_.sign({file.substr(0, contentsStart), file.substr(contentsEnd)});
    if (2 * cms.size() > contentsDigits_) throw PdfError("the signature came out longer than the room for it");
    writeHex(pdf, contentsStart + 1, cms);
}

}  // namespace wop::pdf
