// The portal's own words, one table per interface language
// (portal_words.cpp), as context/labels.h has the documents': every page
// is written once and says what the reader's language's table holds.
#pragma once

#include <string_view>

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
    // Errors: an error page's heading for each status the portal answers
    // with, the English as HTTP names it
    std::string_view error, backToPartnerships, badRequest, unauthorized, forbidden, notFound, methodNotAllowed,
        conflict, tooLarge, unsupportedType, tooManyRequests, serverError, tooManySignIns;
    // What is due
    std::string_view dueTitle, dueWhat, nothingDue, what, nextStep, when, why, due, overdue;

    // Sentences of values, portal_sentences.h: {1}, {2}, ... stand for them,
    // in the order the language puts them.
    // Why a document is due (batch::DueReason), and what it lacks
    std::string_view stepDateReason, monthEndedReason, noPdfYet, noDataYet;
    // When the next step is, and what in the guideline says so (batch::NextStep)
    std::string_view onDate, dateRange, afterDate, basisMemorandum, basisWorkPlan, basisPilotLength, basisPilotEnded;
    // A regeneration
    std::string_view running, succeeded, failed, regenerationCounts, batchCouldNotRun;
    // Signed copies, received or refused
    std::string_view fullStop, signedByOf, scannedCopy, copyOfVersion, signerUnreadable, signatureMismatch, fileTooLarge,
        noFileChosen, notOfThisPage, refusedBecause;
    // What a file verified is of its version
    std::string_view fileAsMade, fileFiledCopy, fileSignedSince;
    // The workspace. Sentences of values as above.
    std::string_view workspace, workspaceWhat, newPartnership, createPartnership, steps, next, everyStepReached,
        nextIs, documentsToMake, documents, madeAfterSave, state, signedBy, everyVersion, history, downloadJson, save,
        saved, by, whatChanged, created, uploadJson, uploadWhat, partnershipFile, upload, required, yes, no, add,
        addRow, moveUp, moveDown, remove, urduMissing, errorSays, warningSays,
        savedAsVersion, mergedMeanwhile, beingMadeAgain, nothingChanged, notSavedCorrect, notCreated, idTaken,
        savedMeanwhileBy, reopenTheStep, conflictsAt, yourEntriesKept, importedAs, notImported, notJson, idNotThis;
    // The loader's commonest messages: the English table has the loader's own
    // wording, which workspace_messages.h knows them by, the Urdu says them again.
    std::string_view missingField, expectedDate, expectedMonth, expectedNonEmpty, expectedId, expectedOnOrAfter,
        expectedEnOrUr, expectedInteger, unknownPerson;
    // The workspace's saves with rule warnings
    std::string_view notSavedForWarnings, saveWithWarnings, savedWithWarnings, warningsColumn;
    // The workspace's fields of the facilitator's own (`extra`)
    std::string_view newFieldKey, addField, removeField, notAKey, keyTaken;
    // The previews of documents' first pages
    std::string_view firstPage, firstPageOf;  // the column; the picture's text
};

const PortalWords& words(model::Lang lang);

}  // namespace wop::server::html
