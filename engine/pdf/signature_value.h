// A signature's value in a PDF (ISO 32000-1, 12.8.1), written in two
// steps: first its dictionary, with a blank /ByteRange and /Contents as a
// run of zeros as long as the signer's longest signature in hex, goes into
// an incremental update; once every byte of the file is in place, the
// byte range is written over its blank, the two ranges around /Contents
// are signed, and the signature's hex is written over the zeros.
#pragma once

#include <cstddef>
#include <string>

#include "pdf/signer.h"

namespace wop::pdf {

class SignatureValue {
public:
    // `entries`: the dictionary's other entries ("/Type /Sig /Filter
    // /Adobe.PPKLite ..."); room for `signer`'s signatures.
    SignatureValue(const std::string& entries, const Signer& signer);

    // "<< entries /ByteRange [ blank ] /Contents <zeros> >>"
    const std::string& dictionary() const { return dictionary_; }

    // Signs `pdf`, complete, whose bytes from `dictionaryStart` on are
    // dictionary(). Throws PdfError.
    void sign(std::string& pdf, std::size_t dictionaryStart) const;

private:
    const Signer& signer_;
    std::size_t contentsDigits_;
    std::string dictionary_;
};

}  // namespace wop::pdf
