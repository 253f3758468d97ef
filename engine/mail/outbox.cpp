#include "mail/outbox.h"

#include <sstream>

#include <Poco/Data/Statement.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Tuple.h>

#include "model/json_object.h"

using namespace Poco::Data::Keywords;

namespace wop::mail {

namespace {

using Row = Poco::Tuple<std::string, std::string, int, int, std::string, std::string, std::string, std::string, int,
                        std::string, std::string, std::string, std::string>;

const char* const columns =
    "partnership, document, en_version, ur_version, recipients, subject, body, state, attempts, next_attempt, "
    "last_error, queued_at, sent_at";
// SQLite numbers parameters in the order they first appear, whatever their
// digits: each statement names them in increasing order, so that both
// databases bind them alike. The key's four start at $first.
std::string keyIs(int first) {
    auto p = [&](int i) { return "$" + std::to_string(first + i); };
    return "partnership = " + p(0) + " AND document = " + p(1) + " AND en_version = " + p(2) +
           " AND ur_version = " + p(3);
}

// The recipients as a JSON list of {"name", "address"}: each field whole,
// whatever characters it holds.
std::string recipientsJson(const std::vector<Recipient>& recipients) {
    Poco::JSON::Array list;
    for (const Recipient& recipient : recipients) {
        Poco::JSON::Object::Ptr item = model::orderedJsonObject();
        item->set("name", recipient.name);
        item->set("address", recipient.address);
        list.add(item);
    }
    std::ostringstream out;
    list.stringify(out);
    return out.str();
}

// Rows an earlier wopdocs queued hold one "Name <address>" a line.
std::vector<Recipient> recipientsOf(const std::string& column) {
    std::vector<Recipient> recipients;
    if (!column.starts_with('[')) {
        std::istringstream in(column);
        for (std::string line; std::getline(in, line);)
            if (!line.empty()) recipients.push_back(Recipient::parse(line));
        return recipients;
    }
    const auto list = Poco::JSON::Parser().parse(column).extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto item = list->getObject(static_cast<unsigned>(i));
        recipients.push_back({item->getValue<std::string>("name"), item->getValue<std::string>("address")});
    }
    return recipients;
}

OutboxMessage fromRow(const Row& row) {
    OutboxMessage m;
    m.partnership = row.get<0>();
    m.document = row.get<1>();
    m.enVersion = row.get<2>();
    m.urVersion = row.get<3>();
    m.recipients = recipientsOf(row.get<4>());
    m.subject = row.get<5>();
    m.body = row.get<6>();
    m.state = parseState(row.get<7>());
    m.attempts = row.get<8>();
    m.nextAttempt = row.get<9>();
    m.lastError = row.get<10>();
    m.queuedAt = row.get<11>();
    m.sentAt = row.get<12>();
    return m;
}

}  // namespace

bool Outbox::queue(const OutboxMessage& m) {
    const std::string recipients = recipientsJson(m.recipients);
    const std::string state(stateName(m.state));
    bool added = false;
    database_.transaction([&] {
        Poco::Data::Statement insert(database_.session());
        insert << "INSERT INTO outbox (" << columns << ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) "
                  "ON CONFLICT DO NOTHING",
            useRef(m.partnership), useRef(m.document), useRef(m.enVersion), useRef(m.urVersion), useRef(recipients),
            useRef(m.subject), useRef(m.body), useRef(state), useRef(m.attempts), useRef(m.nextAttempt),
            useRef(m.lastError), useRef(m.queuedAt), useRef(m.sentAt);
        added = insert.execute() == 1;
        if (!added) return;
        database_.session() << "UPDATE outbox SET state = 'superseded' WHERE partnership = $1 AND document = $2 "
                               "AND state = 'waiting' AND NOT (en_version = $3 AND ur_version = $4)",
            useRef(m.partnership), useRef(m.document), useRef(m.enVersion), useRef(m.urVersion), now;
    });
    return added;
}

std::optional<OutboxMessage> Outbox::find(const OutboxMessage& key) {
    std::vector<Row> rows;
    database_.session() << "SELECT " << columns << " FROM outbox WHERE " << keyIs(1), useRef(key.partnership),
        useRef(key.document), useRef(key.enVersion), useRef(key.urVersion), into(rows), now;
    if (rows.empty()) return std::nullopt;
    return fromRow(rows.front());
}

std::vector<OutboxMessage> Outbox::due(const std::string& at) {
    return select("state = 'waiting' AND next_attempt <= $1", at);
}

std::vector<OutboxMessage> Outbox::waiting() {
    return select("state = 'waiting'", "");
}

std::vector<OutboxMessage> Outbox::all() {
    return select("", "");
}

std::vector<OutboxMessage> Outbox::select(const std::string& where, const std::string& at) {
    std::vector<Row> rows;
    Poco::Data::Statement query(database_.session());
    query << "SELECT " << columns << " FROM outbox" << (where.empty() ? "" : " WHERE " + where)
          << " ORDER BY queued_at, partnership, document, en_version, ur_version",
        into(rows);
    if (!at.empty()) query, useRef(at);
    query.execute();
    std::vector<OutboxMessage> messages;
    for (const Row& row : rows) messages.push_back(fromRow(row));
    return messages;
}

bool Outbox::claim(const OutboxMessage& m, const std::string& at, const std::string& until) {
    Poco::Data::Statement update(database_.session());
    update << "UPDATE outbox SET next_attempt = $1 WHERE " << keyIs(2) << " AND state = 'waiting' AND next_attempt <= $6",
        useRef(until), useRef(m.partnership), useRef(m.document), useRef(m.enVersion), useRef(m.urVersion),
        useRef(at);
    return update.execute() == 1;
}

void Outbox::markSent(const OutboxMessage& m, const std::string& at) {
    database_.session() << "UPDATE outbox SET state = 'sent', sent_at = $1, last_error = '' WHERE " << keyIs(2),
        useRef(at), useRef(m.partnership), useRef(m.document), useRef(m.enVersion), useRef(m.urVersion), now;
}

void Outbox::markFailed(const OutboxMessage& m, const std::string& error, const std::string& nextAttempt) {
    database_.session() << "UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt = $2 WHERE "
                        << keyIs(3),
        useRef(error), useRef(nextAttempt), useRef(m.partnership), useRef(m.document), useRef(m.enVersion),
        useRef(m.urVersion), now;
}

int Outbox::retryNow(const std::string& at) {
    Poco::Data::Statement update(database_.session());
    update << "UPDATE outbox SET next_attempt = $1 WHERE state = 'waiting'", useRef(at);
    return static_cast<int>(update.execute());
}

}  // namespace wop::mail
