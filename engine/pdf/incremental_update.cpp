#include "pdf/incremental_update.h"

#include <algorithm>
#include <charconv>

#include "pdf/writer.h"

namespace wop::pdf {
namespace {

// Where the file's last cross-reference section starts, as its last
// startxref says.
std::size_t lastXrefOffset(std::string_view pdf) {
    const std::size_t keyword = pdf.rfind("startxref");
    if (keyword == std::string_view::npos) throw PdfError("the PDF has no startxref to update");
    std::string_view rest = pdf.substr(keyword + 9);
    rest.remove_prefix(std::min(rest.find_first_not_of(" \r\n"), rest.size()));
    std::size_t offset = 0;
    if (std::from_chars(rest.data(), rest.data() + rest.size(), offset).ec != std::errc())
        throw PdfError("the PDF's startxref gives no offset");
    return offset;
}

// `value` big-endian in `width` bytes, as a cross-reference stream's field.
void appendField(std::string& out, std::size_t value, int width) {
    for (int shift = 8 * (width - 1); shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

int bytesFor(std::size_t value) {
    int width = 1;
    while (value >>= 8) ++width;
    return width;
}

}  // namespace

IncrementalUpdate::IncrementalUpdate(std::string pdf, QPDF& read)
    : bytes_(std::move(pdf)), read_(read), previousXref_(lastXrefOffset(bytes_)) {
    if (!bytes_.empty() && bytes_.back() != '\n') bytes_ += '\n';
}

void IncrementalUpdate::add(QPDFObjectHandle object) { add(object, object.unparseResolved()); }

std::size_t IncrementalUpdate::add(QPDFObjectHandle object, std::string_view body) {
    const QPDFObjGen id = object.getObjGen();
    offsets_.emplace_back(id, bytes_.size());
    bytes_ += std::to_string(id.getObj()) + ' ' + std::to_string(id.getGen()) + " obj\n";
    const std::size_t bodyStart = bytes_.size();
    bytes_.append(body);
    bytes_ += "\nendobj\n";
    return bodyStart;
}

std::string IncrementalUpdate::finish() && {
    QPDFObjectHandle trailer = read_.getTrailer();
    int highest = trailer.getKey("/Size").getIntValueAsInt() - 1;
    for (const auto& [id, offset] : offsets_) highest = std::max(highest, id.getObj());
    const int xrefId = highest + 1;
    const std::size_t xrefOffset = bytes_.size();
    offsets_.emplace_back(QPDFObjGen(xrefId, 0), xrefOffset);
    std::sort(offsets_.begin(), offsets_.end());

    // One row per object: type 1 (in use, at an offset), the offset, the
    // generation; /Index lists the runs of consecutive numbers.
    const int offsetWidth = bytesFor(xrefOffset);
    std::string rows;
    std::string index;
    for (std::size_t i = 0; i < offsets_.size();) {
        std::size_t run = i + 1;
        while (run < offsets_.size() && offsets_[run].first.getObj() == offsets_[run - 1].first.getObj() + 1) ++run;
        index += std::to_string(offsets_[i].first.getObj()) + ' ' + std::to_string(run - i) + ' ';
        for (; i < run; ++i) {
            appendField(rows, 1, 1);
            appendField(rows, offsets_[i].second, offsetWidth);
            appendField(rows, static_cast<std::size_t>(offsets_[i].first.getGen()), 2);
        }
    }
    index.pop_back();

    bytes_ += std::to_string(xrefId) + " 0 obj\n<< /Type /XRef /Size " + std::to_string(xrefId + 1);
    for (const char* key : {"/Root", "/Info", "/ID"})
        if (trailer.hasKey(key)) bytes_ += std::string(" ") + key + ' ' + trailer.getKey(key).unparse();
    bytes_ += " /Prev " + std::to_string(previousXref_) + " /W [ 1 " + std::to_string(offsetWidth) + " 2 ] /Index [ " +
              index + " ] /Length " + std::to_string(rows.size()) + " >>\nstream\n" + rows + "\nendstream\nendobj\n" +
              "startxref\n" + std::to_string(xrefOffset) + "\n%%EOF\n";
    return std::move(bytes_);
}

}  // namespace wop::pdf
