// <signatures>: rows of signature blocks, each a label, room to sign and
// stamp, the line to sign on, name, title, organisation and a date line.
#pragma once

#include <vector>

#include "layout/blocks.h"

namespace wop::layout {

// One slice per row of blocks, the rows kept together.
std::vector<Slice> signatureSlices(const markup::Signatures& signatures, const BlockContext& context);

}  // namespace wop::layout
