// What the signature fields of a PDF hold, as a signed copy comes back:
// which are still empty, and for each signed one who signed it and whether
// the signature holds over the bytes its /ByteRange names. A signature is
// checked as a detached CMS (OpenSSL) over those bytes; whether its
// certificate leads to a trusted root is not judged: the copy is the
// signatories' own, and their certificates are theirs to choose.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wop::pdf {

struct FoundSignature {
    std::string field;   // the field's full name: "mentee-director"
    std::string signer;  // the signer certificate's common name (else its subject); empty when unreadable
    // The CMS verifies over the signed bytes: they are as signed.
    bool digestMatches = false;
    // Where the bytes it signs end: the length of the revision it signed
    // (0 when its /ByteRange is not one).
    std::size_t signedLength = 0;
};

struct SignatureFields {
    std::vector<std::string> emptyFields;  // the names of the fields nobody signed yet
    std::vector<FoundSignature> signatures;
};

// Throws PdfError when qpdf cannot read `pdf`.
SignatureFields inspectSignatures(std::string_view pdf);

}  // namespace wop::pdf
