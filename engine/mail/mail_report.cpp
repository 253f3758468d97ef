#include "mail/mail_report.h"

namespace wop::mail {

void printSummary(const MailReport& report, std::ostream& out) {
    out << "mail: " << report.queued << " queued";
    if (report.noRecipients) out << " (" << report.noRecipients << " without any recipient address, not sent)";
    out << ", " << report.sent.size() << " sent, " << report.failed.size() << " failed; " << report.waiting.size()
        << " waiting\n";
    if (!report.notQueued.empty())
        out << "new documents not queued (" << report.notQueued << "): the next mail run queues them\n";
    for (const std::string& sent : report.sent) out << "  sent " << sent << '\n';
    for (const OutboxMessage& failed : report.failed)
        out << "  failed " << failed.describe() << ": " << failed.lastError << " (try " << failed.attempts
            << ", next at " << failed.nextAttempt << ")\n";
    for (const std::string& problem : report.problems) out << "error: " << problem << '\n';
}

void printOutbox(const std::vector<OutboxMessage>& waiting, std::ostream& out) {
    if (waiting.empty()) {
        out << "outbox: nothing waiting\n";
        return;
    }
    out << "outbox: " << waiting.size() << " waiting\n";
    for (const OutboxMessage& message : waiting) {
        out << "  " << message.describe() << " to " << message.recipients.size() << " recipients, queued "
            << message.queuedAt << ", " << message.attempts << " failed tries, next at " << message.nextAttempt << '\n';
        if (!message.lastError.empty()) out << "    last error: " << message.lastError << '\n';
    }
}

}  // namespace wop::mail
