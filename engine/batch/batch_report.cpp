#include "batch/batch_report.h"

#include <iomanip>

namespace wop::batch {

namespace {

void printRecovery(const store::RecoveryReport& recovery, std::ostream& out) {
    if (!recovery.adopted && !recovery.removed && !recovery.temporaryFiles) return;
    out << "recovered from an interrupted batch: " << recovery.adopted << " PDFs registered, " << recovery.removed
        << " unregistered PDFs removed, " << recovery.temporaryFiles << " temporary files removed\n";
}

}  // namespace

void printSummary(const BatchReport& report, std::ostream& out) {
    printRecovery(report.recovery, out);
    for (const std::string& problem : report.loadProblems) out << "error: " << problem << '\n';
    const int failed = static_cast<int>(report.failures.size());
    if (report.emptyStore) {
        out << "nothing to do: the store holds no partnerships (add them with wopdocs import)\n";
    } else if (report.made == 0 && failed == 0) {
        out << "nothing to do: " << report.upToDate << " documents up to date\n";
    } else {
        out << report.made << " made, " << report.upToDate << " up to date";
        if (failed) out << ", " << failed << " failed";
        out << std::fixed << std::setprecision(1) << " (" << report.seconds << " s, " << report.threads
            << (report.threads == 1 ? " thread" : " threads");
        if (report.seconds > 0 && report.made > 0) out << ", " << report.made / report.seconds << " documents/s";
        out << ")\n" << std::defaultfloat;
    }
    if (failed) {
        out << "failed:\n";
        for (const Failure& failure : report.failures) out << "  " << failure.document << ": " << failure.reason << '\n';
    }
    if (report.stoppedByDatabase) {
        out << "stopped: the database could not record a document, so " << report.notAttempted
            << " documents were not attempted; the next batch registers the PDFs made and makes the rest\n";
    }
    for (const std::string& warning : report.resign) out << "warning: " << warning << '\n';
}

}  // namespace wop::batch
