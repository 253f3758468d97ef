// The empty signature fields of a final document (layout::SignatureField):
// each signatory signs in place, with Acrobat Reader, Okular or any PAdES
// tool, in a field named after their role.
#pragma once

#include <vector>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "layout/page.h"

namespace wop::pdf {

// Adds a /FT /Sig field with its widget for every SignatureField of
// `pages`, to the page's /Annots and the catalog's /AcroForm; a name that
// repeats gets "-2", "-3" … Nothing when there is none.
void addSignatureFields(QPDF& pdf, std::vector<QPDFPageObjectHelper>& pageObjects, const layout::PageSet& pages);

}  // namespace wop::pdf
