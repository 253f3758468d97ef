#include "store/database_pool.h"

#include <Poco/Data/SessionPool.h>

#include "store/store_error.h"

namespace wop::store {

class DatabasePool::Sessions : public Poco::Data::SessionPool {
public:
    Sessions(const Database::Target& target, int size)
        : SessionPool(target.connector, target.address, 1, size), target_(target) {}

protected:
    void customizeSession(Poco::Data::Session& session) override { target_.prepare(session); }

private:
    const Database::Target& target_;
};

DatabasePool::DatabasePool(const std::string& connection, int size)
    : target_(std::make_unique<Database::Target>(Database::Target::parse(connection))),
      sessions_(std::make_unique<Sessions>(*target_, size)) {}

DatabasePool::~DatabasePool() = default;

Database DatabasePool::get() {
    try {
        return Database(*target_, sessions_->get());
    } catch (const Poco::Exception& e) {
        throw StoreError("cannot open a connection to the database (" + target_->name + "): " + e.displayText());
    }
}

}  // namespace wop::store
