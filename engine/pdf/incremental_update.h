// An incremental update (ISO 32000-1, 7.5.6): objects added or replaced
// after a PDF's end, with a cross-reference section of their own whose
// /Prev is the file's last one. The bytes before stay as they were, so that
// a signature over them stays valid and the next signer can append an
// update of its own.
//
// The section is a cross-reference stream, the kind qpdf gives the file
// (finish.h), left uncompressed: readers that follow one follow the other,
// and it lists only the few objects the update writes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace wop::pdf {

class IncrementalUpdate {
public:
    // `pdf`: the file as it is; `read`: the same file as qpdf reads it, the
    // new objects made in it (QPDF::makeIndirectObject) and the changed ones
    // changed in it.
    IncrementalUpdate(std::string pdf, QPDF& read);

    // Appends indirect object `object` as it now is.
    void add(QPDFObjectHandle object);
    // Appends indirect object `object` as `body` says, and gives where the
    // body starts in the file: its caller writes into it later (a
    // signature's /ByteRange and /Contents).
    std::size_t add(QPDFObjectHandle object, std::string_view body);

    // The file with the update's cross-reference stream and trailer
    // appended, the update then complete.
    std::string finish() &&;

private:
    std::string bytes_;
    QPDF& read_;
    std::size_t previousXref_;
    std::vector<std::pair<QPDFObjGen, std::size_t>> offsets_;  // each object's, where "n g obj" starts
};

}  // namespace wop::pdf
