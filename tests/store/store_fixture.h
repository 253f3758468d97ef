// A store on each kind of database, in a scratch folder of its own.
#pragma once

#include "database_test.h"
#include "store/store.h"

namespace wop::store {

class StoreTest : public test::DatabaseTest {
protected:
    void SetUp() override {
        DatabaseTest::SetUp();
        location_ = {scratch_ / "data", database_};
    }

    StoreLocation location_;
};

}  // namespace wop::store
