// --jobs N: how many documents a command makes at once.
#pragma once

#include <string>

#include <Poco/Util/OptionSet.h>

namespace wop::cli {

class JobsOption {
public:
    void define(Poco::Util::OptionSet& options) const;
    // True when the option was --jobs; throws Poco::Util::InvalidArgumentException
    // for a value that is not a number from 1 to 256.
    bool handle(const std::string& name, const std::string& value);
    // The number given, else one per core.
    int threads() const;

private:
    int jobs_ = 0;  // 0: not given
};

}  // namespace wop::cli
