// `wopdocs mail`: queues a message for every document whose latest versions
// were never mailed, then sends the messages that are due. A message is
// marked sent only once the server accepted it; one that fails waits,
// longer after each failure (retry_delay.h), and nothing is lost.
#pragma once

#include <ctime>

#include "mail/mail_report.h"
#include "mail/mail_settings.h"
#include "mail/mime_message.h"
#include "store/store.h"

namespace wop::mail {

class Mailer {
public:
    Mailer(store::Store& store, MailSettings settings) : store_(store), settings_(std::move(settings)) {}

    // With `retryNow`, waiting messages are tried whatever their back-off.
    // Throws store::StoreError when the store cannot be used.
    MailReport run(bool retryNow);

private:
    void queueNew(MailReport& report, std::time_t now);
    void deliver(MailReport& report, std::time_t now);
    std::vector<Attachment> attachmentsOf(const OutboxMessage& message);

    store::Store& store_;
    MailSettings settings_;
};

}  // namespace wop::mail
