// The portal's own words, one table per interface language
// (portal_words.cpp), as context/labels.h has the documents': every page
// is written once and says what the reader's language's table holds.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "model/text.h"

namespace wop::server::html {

struct PortalWords {
    // The frame
    std::string_view site;  // after each page's title
    std::string_view brandLine;
    std::string_view skipToContent;
    std::string_view facilitator;
    std::string_view signOut;
    std::string_view otherLanguage;  // the switch's words, in the other language
    // Sign-in
    std::string_view signIn, signInPurpose, wrongNameOrPassword, userName, password;
    // Partnerships
    std::string_view partnerships, everyPartnership, yourPartnerships, noPartnership, partnership, reference, mentor,
        mentee, program, roadMap, dueLink;
    // Documents
    std::string_view allPartnerships, noDocument, documentsCaption, document, language, version, status, signedCopy,
        made, pdf, english, urdu, latest, final, draft, download, olderVersions;
    // Regeneration and signed copies
    std::string_view regenerate, lastRegeneration, regenerateWhat, regenerateButton, sendSignedCopy, signedCopyWhat,
        fromSignatures, signedCopyFile, sendSignedCopyButton, signedCopyReceived, signedCopyRefused, nothingKept;
    // Verification
    std::string_view verifyTitle, verifyWhat, registered, codeIs, fileIs, versionOfDocument, of, theLatest, replacedBy,
        draftNotToSign, code, signedCopies, noneFiled, noFileMatch, noCodeMatch, noCodeMatchWhy, verificationCode,
        verifyCodeButton, orAPdf, verifyFileButton;
    // Errors
    std::string_view error, backToPartnerships;
    // What is due
    std::string_view dueTitle, dueWhat, nothingDue, what, nextStep, when, why, due, overdue;
    // The workspace's saves with rule warnings ("{n}": how many, "{v}": the version)
    std::string_view notSavedForWarnings, saveWithWarnings, savedWithWarnings, warningsColumn;
    // The workspace's fields of the facilitator's own (`extra`; "{k}": a key)
    std::string_view newFieldKey, addField, removeField, notAKey, keyTaken;
    // The previews of documents' first pages
    std::string_view firstPage, firstPageOf;  // the column; the picture's text ("{d}": the document)
};

const PortalWords& words(model::Lang lang);

// `words` with each mark ("{n}") replaced by its value: where a value goes
// is the language's.
std::string filledIn(std::string_view words, std::initializer_list<std::pair<std::string_view, std::string>> values);

}  // namespace wop::server::html
