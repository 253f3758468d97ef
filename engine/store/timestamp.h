#pragma once

#include <ctime>
#include <string>

namespace wop::store {

// The current time in UTC, ISO 8601 to the second: "2025-03-14T09:30:00Z".
// Text sorts in time order and reads the same in SQLite and PostgreSQL.
std::string utcTimestamp();
// The same for any moment: the outbox's next attempt, a session's expiry.
std::string utcTimestamp(std::time_t when);

}  // namespace wop::store
