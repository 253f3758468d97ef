#include "store/timestamp.h"

#include <ctime>

namespace wop::store {

std::string utcTimestamp() {
    return utcTimestamp(std::time(nullptr));
}

std::string utcTimestamp(std::time_t when) {
    std::tm utc{};
    gmtime_r(&when, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace wop::store
