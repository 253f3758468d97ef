#include "model/json_object.h"

namespace wop::model {

Poco::JSON::Object::Ptr orderedJsonObject() {
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

}  // namespace wop::model
