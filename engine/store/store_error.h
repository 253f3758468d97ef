#pragma once

#include <stdexcept>

namespace wop::store {

// The store cannot be opened or used: the message says which database and why.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace wop::store
