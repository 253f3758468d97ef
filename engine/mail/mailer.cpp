#include "mail/mailer.h"

#include <map>
#include <optional>
#include <stdexcept>

#include <Poco/Exception.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>

#include "mail/message_composer.h"
#include "mail/outbox.h"
#include "mail/retry_delay.h"
#include "mail/smtp_connection.h"
#include "store/batch_claims.h"
#include "store/document_files.h"
#include "base/sha256.h"
#include "store/store_error.h"
#include "store/stored_program.h"
#include "store/timestamp.h"
#include "store/version_index.h"

namespace wop::mail {

namespace {

// How long a message claimed for sending stays away from other mail runs:
// far longer than sending it takes, short enough that a run killed while
// sending does not hold it back for long.
constexpr std::time_t claimLease = 15 * 60;

std::string errorText(const std::exception& e) {
    if (const auto* poco = dynamic_cast<const Poco::Exception*>(&e)) return poco->displayText();
    return e.what();
}

}  // namespace

MailReport Mailer::run(bool retryNow) {
    const std::time_t now = std::time(nullptr);
    MailReport report;
    queueNew(report, now);
    Outbox outbox(store_.database());
    if (retryNow) outbox.retryNow(store::utcTimestamp(now));
    deliver(report, now);
    report.waiting = outbox.waiting();
    return report;
}

void Mailer::queueNew(MailReport& report, std::time_t now) {
    // A batch registers a document's languages one after the other: while
    // one runs, a message could catch one language new and the other old.
    std::optional<store::BatchClaims> claims;
    std::optional<store::BatchClaims::Claim> noBatch;
    try {
        claims.emplace(store_);
        noBatch = claims->tryClaimAll();
    } catch (const store::StoreError& e) {
        report.notQueued = e.what();
        return;
    }
    if (!noBatch) {
        report.notQueued = "another wopdocs batch is making documents of the store (" + store_.database().name() + ")";
        return;
    }
    store::Partnerships partnerships = store_.partnerships();
    const store::StoredProgram program = store::loadStoredProgram(partnerships);
    report.problems = program.problems;
    const store::VersionIndex index(store_.registry().all());

    std::map<std::pair<std::string, std::string>, DocumentVersions> documents;
    for (const auto& [key, versions] : index.all()) {
        DocumentVersions& document = documents[{key.partnership, key.document}];
        document.partnership = key.partnership;
        document.document = key.document;
        (key.lang == model::Lang::Ur ? document.ur : document.en) = &versions.back();
    }

    Outbox outbox(store_.database());
    const std::string queuedAt = store::utcTimestamp(now);
    const auto everyPartnership = program.program();
    for (const auto& [name, document] : documents) {
        const bool roadmap = document.partnership == store::programKey;
        const model::Partnership* partnership = roadmap ? nullptr : program.find(document.partnership);
        if (!roadmap && !partnership) {
            report.problems.push_back(document.partnership + "/" + document.document +
                                      ": its partnership is not in the store or does not load: not mailed");
            continue;
        }
        const OutboxMessage message = composeMessage(document, partnership, everyPartnership, queuedAt);
        if (!outbox.queue(message)) continue;
        ++report.queued;
        if (message.state == OutboxState::NoRecipients) ++report.noRecipients;
    }
}

void Mailer::deliver(MailReport& report, std::time_t now) {
    Outbox outbox(store_.database());
    const std::string at = store::utcTimestamp(now);
    std::unique_ptr<SmtpConnection> connection;
    // Once the server cannot be reached, or refuses what every message
    // needs (the login, mail without STARTTLS), the run stops asking it.
    std::optional<std::string> unusable;
    const std::string server = settings_.host + ":" + std::to_string(settings_.port);
    for (OutboxMessage message : outbox.due(at)) {
        if (!outbox.claim(message, at, store::utcTimestamp(now + claimLease))) continue;  // another run has it
        std::optional<std::string> error = unusable;
        if (!error) {
            try {
                Poco::Net::MailMessage mime;
                buildMimeMessage(message, settings_.from, attachmentsOf(message), mime);
                if (!connection) {
                    try {
                        connection = std::make_unique<SmtpConnection>(settings_);
                    } catch (const std::exception& e) {
                        // A refused login or STARTTLS, an untrusted certificate: reached, and of no use.
                        const bool reached = dynamic_cast<const Poco::Net::SMTPException*>(&e) ||
                                             dynamic_cast<const Poco::Net::SSLException*>(&e);
                        unusable = reached ? errorText(e) + " (" + server + ")"
                                           : "cannot reach the mail server " + server + ": " + errorText(e);
                        throw;
                    }
                }
                connection->send(mime, envelopeRecipients(message));
            } catch (const std::exception& e) {
                if (wantsTlsOrLogin(e)) unusable = errorText(e);
                error = unusable ? *unusable : errorText(e);
                connection.reset();  // after a refusal the conversation starts again
            }
        }
        if (!error) {
            outbox.markSent(message, store::utcTimestamp(std::time(nullptr)));
            report.sent.push_back(message.describe());
            continue;
        }
        ++message.attempts;
        message.lastError = *error;
        message.nextAttempt = store::utcTimestamp(now + retryDelay(message.attempts).count());
        outbox.markFailed(message, message.lastError, message.nextAttempt);
        report.failed.push_back(message);
    }
}

std::vector<Attachment> Mailer::attachmentsOf(const OutboxMessage& message) {
    const store::DocumentFiles files(store_.dataDir());
    store::Registry registry = store_.registry();
    std::vector<Attachment> attachments;
    for (const auto& [lang, version] : {std::pair{model::Lang::En, message.enVersion}, {model::Lang::Ur, message.urVersion}}) {
        if (!version) continue;
        const auto record = registry.find({message.partnership, message.document, lang}, version);
        if (!record) throw std::runtime_error("the registry no longer holds the PDFs of " + message.describe());
        const std::filesystem::path path = files.absolute(record->path);
        // Mailed only as registered: a file changed or lost since is not sent in its place.
        std::string sha256;
        try {
            sha256 = base::sha256OfFile(path);
        } catch (const std::runtime_error&) {
            // unreadable: no digest, refused below
        }
        if (sha256 != record->pdfSha256)
            throw std::runtime_error("the PDF " + record->path + " is missing or differs from the registry's");
        attachments.push_back({store::deliveredFileName(*record), path});
    }
    return attachments;
}

}  // namespace wop::mail
