// PWON's seal: a finished document certified by the facilitator, as PAdES
// baseline B has it (a detached CMS with SHA-256, /SubFilter
// /ETSI.CAdES.detached), with DocMDP permissions that still let the
// signatories fill in and sign their fields.
//
// The seal is an incremental update (incremental_update.h): the finished
// file's bytes stay as they were, and after them come an invisible
// signature field `pwon-seal` on the first page, in the /AcroForm (made, or
// extended with its fields kept, /SigFlags 3), its signature dictionary,
// and the catalog with /Perms /DocMDP naming it. The signature's /Contents
// is first a run of zeros as long as the signer's longest signature in
// hex; once every byte is in place, /ByteRange is written over its blank,
// the two ranges around /Contents are signed, and the signature's hex is
// written over the zeros.
#pragma once

#include <string>

#include "pdf/signer.h"

namespace wop::pdf {

// `pdf`: a file as makePdf gives it. Throws PdfError.
std::string sealPdf(const std::string& pdf, const Signer& signer);

}  // namespace wop::pdf
