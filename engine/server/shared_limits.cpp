#include "server/shared_limits.h"

#include <vector>

#include <Poco/Tuple.h>

#include "store/store_error.h"

using namespace Poco::Data::Keywords;

namespace wop::server {

namespace {

// A failing database must not open the portal to guessing: the request
// fails with the database's reason.
[[noreturn]] void fail(store::Database& database, const Poco::Exception& e) {
    throw store::StoreError("cannot count the portal's limits (" + database.name() + "): " + database.describe(e));
}

}  // namespace

bool SharedLimits::take(const std::string& bucket, double rate, double burst, double at) {
    store::Database database = pool_.get();
    std::vector<double> left;
    try {
        // An empty bucket's row is left as it was: its tokens come back from
        // the last one taken, as in memory.
        database.session()
            << "INSERT INTO rate_buckets AS b (bucket, tokens, last_at) "
               "VALUES ($1, CAST($2 AS DOUBLE PRECISION) - 1, CAST($3 AS DOUBLE PRECISION)) "
               "ON CONFLICT (bucket) DO UPDATE SET "
               "tokens = LEAST(CAST($4 AS DOUBLE PRECISION), b.tokens + (CAST($5 AS DOUBLE PRECISION) - b.last_at) * "
               "CAST($6 AS DOUBLE PRECISION)) - 1, last_at = CAST($7 AS DOUBLE PRECISION) "
               "WHERE LEAST(CAST($8 AS DOUBLE PRECISION), b.tokens + (CAST($9 AS DOUBLE PRECISION) - b.last_at) * "
               "CAST($10 AS DOUBLE PRECISION)) >= 1 "
               "RETURNING tokens",
            useRef(bucket), use(burst), use(at), use(burst), use(at), use(rate), use(at), use(burst), use(at),
            use(rate), into(left), now;
    } catch (const Poco::Exception& e) {
        fail(database, e);
    }
    return !left.empty();
}

std::optional<int> SharedLimits::withFailures(const std::string& account,
                                              const std::function<std::optional<int>(Failures&)>& decide) {
    store::Database database = pool_.get();
    std::optional<int> answer;
    try {
        database.transaction([&] {
            auto& session = database.session();
            session << "INSERT INTO sign_in_failures (name, failures, last_at) VALUES ($1, 0, 0) ON CONFLICT DO NOTHING",
                useRef(account), now;
            Poco::Tuple<int, double> row;
            session << "SELECT failures, last_at FROM sign_in_failures WHERE name = $1 FOR UPDATE", useRef(account),
                into(row), now;
            Failures failures{row.get<0>(), row.get<1>()};
            answer = decide(failures);
            session << "UPDATE sign_in_failures SET failures = $1, last_at = CAST($2 AS DOUBLE PRECISION) WHERE name = $3",
                use(failures.count), use(failures.last), useRef(account), now;
        });
    } catch (const Poco::Exception& e) {
        fail(database, e);
    }
    return answer;
}

void SharedLimits::forget(const std::string& account) {
    store::Database database = pool_.get();
    try {
        database.session() << "DELETE FROM sign_in_failures WHERE name = $1", useRef(account), now;
    } catch (const Poco::Exception& e) {
        fail(database, e);
    }
}

void SharedLimits::forgetBuckets(const std::string& prefix, double before) {
    store::Database database = pool_.get();
    std::string pattern = prefix + "%";
    try {
        database.session() << "DELETE FROM rate_buckets WHERE bucket LIKE $1 AND last_at < CAST($2 AS DOUBLE PRECISION)",
            use(pattern), use(before), now;
    } catch (const Poco::Exception& e) {
        fail(database, e);
    }
}

void SharedLimits::forgetFailures(double before) {
    store::Database database = pool_.get();
    try {
        database.session() << "DELETE FROM sign_in_failures WHERE last_at < CAST($1 AS DOUBLE PRECISION)", use(before),
            now;
    } catch (const Poco::Exception& e) {
        fail(database, e);
    }
}

}  // namespace wop::server
