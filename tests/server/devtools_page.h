// One page of headless Chromium driven over the DevTools protocol, for the
// portal's screenshot tests: Chromium's command line can neither send a
// session cookie nor say what a page laid out, and a phone's screen is more
// than a window's size (device metrics, a mobile viewport).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/WebSocket.h>

#include "child_process.h"

namespace wop::test {

class DevToolsPage {
public:
    // Starts Chromium with its profile in `folder`, showing a blank page on
    // a phone's screen of `width` × `height` CSS pixels. Throws
    // std::runtime_error when it does not start or answer.
    DevToolsPage(const std::filesystem::path& folder, int width, int height);
    ~DevToolsPage();

    // Headers sent with every request from now on (Accept-Language).
    void setHeaders(const std::map<std::string, std::string>& headers);
    // Forgets every cookie, then sets `name`=`value` for `url`'s site (none when `name` is empty).
    void setOnlyCookie(const std::string& url, const std::string& name, const std::string& value);
    // Opens `url` and waits until it and its web fonts are loaded.
    void open(const std::string& url);
    // The value of a JavaScript expression in the page; throws on an exception.
    Poco::Dynamic::Var evaluate(const std::string& expression);
    // What the screen shows, as PNG bytes.
    std::string screenshot();

private:
    Poco::JSON::Object::Ptr call(const std::string& method, Poco::JSON::Object::Ptr params = new Poco::JSON::Object);

    std::unique_ptr<ChildProcess> chromium_;
    std::unique_ptr<Poco::Net::HTTPClientSession> http_;
    std::unique_ptr<Poco::Net::WebSocket> socket_;
    int nextId_ = 1;
};

}  // namespace wop::test
