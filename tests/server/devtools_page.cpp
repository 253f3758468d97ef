#include "devtools_page.h"

#include <chrono>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <Poco/Base64Decoder.h>
#include <Poco/Buffer.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/URI.h>

#include "support.h"

namespace wop::test {

namespace {

using Poco::JSON::Object;

// The port Chromium chose for DevTools (--remote-debugging-port=0), which it
// writes into its profile once it listens.
int devToolsPort(const std::filesystem::path& profile, ChildProcess& chromium) {
    const auto file = profile / "DevToolsActivePort";
    for (int i = 0; i < 600 && chromium.running(); ++i) {
        if (std::filesystem::exists(file)) {
            std::istringstream lines(readFile(file));
            int port = 0;
            if (lines >> port && port > 0) return port;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    throw std::runtime_error("chromium did not open its DevTools port (" + file.string() + ")");
}

// The WebSocket address of Chromium's first page.
std::string pageSocketPath(int port) {
    Poco::Net::HTTPClientSession http("127.0.0.1", static_cast<Poco::UInt16>(port));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/json/list", Poco::Net::HTTPRequest::HTTP_1_1);
    http.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& body = http.receiveResponse(response);
    const auto targets = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; i < targets->size(); ++i) {
        const auto target = targets->getObject(static_cast<unsigned>(i));
        if (target->getValue<std::string>("type") == "page")
            return Poco::URI(target->getValue<std::string>("webSocketDebuggerUrl")).getPathEtc();
    }
    throw std::runtime_error("chromium shows no page");
}

}  // namespace

DevToolsPage::DevToolsPage(const std::filesystem::path& folder, int width, int height) {
    const auto profile = folder / "profile";
    // ChildProcess runs a path, not a name on the PATH.
    const CommandResult found = run("command -v chromium");
    if (found.exitCode != 0) throw std::runtime_error("chromium is not installed");
    chromium_ = std::make_unique<ChildProcess>(
        found.output.substr(0, found.output.find('\n')),
        std::vector<std::string>{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                 "--hide-scrollbars", "--remote-debugging-port=0",
                                 "--user-data-dir=" + profile.string(), "about:blank"},
        folder / "chromium.log");
    const int port = devToolsPort(profile, *chromium_);
    const std::string path = pageSocketPath(port);
    http_ = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", static_cast<Poco::UInt16>(port));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path, Poco::Net::HTTPRequest::HTTP_1_1);
    Poco::Net::HTTPResponse response;
    socket_ = std::make_unique<Poco::Net::WebSocket>(*http_, request, response);
    socket_->setReceiveTimeout(Poco::Timespan(60, 0));

    Object::Ptr metrics = new Object;
    metrics->set("width", width);
    metrics->set("height", height);
    metrics->set("deviceScaleFactor", 1);
    metrics->set("mobile", true);
    call("Emulation.setDeviceMetricsOverride", metrics);
    call("Network.enable");
}

DevToolsPage::~DevToolsPage() {
    socket_.reset();
    chromium_->kill();
}

Object::Ptr DevToolsPage::call(const std::string& method, Object::Ptr params) {
    const int id = nextId_++;
    Object message;
    message.set("id", id);
    message.set("method", method);
    message.set("params", params);
    std::ostringstream sent;
    message.stringify(sent);
    socket_->sendFrame(sent.str().data(), static_cast<int>(sent.str().size()));
    // Events arrive between the answers; a screenshot's answer comes in many frames.
    while (true) {
        Poco::Buffer<char> received(0);  // each frame's payload appended
        int flags = 0;
        do {
            if (socket_->receiveFrame(received, flags) == 0 && flags == 0)
                throw std::runtime_error("chromium closed DevTools during " + method);
        } while (!(flags & Poco::Net::WebSocket::FRAME_FLAG_FIN));
        const std::string text(received.begin(), received.size());
        const auto answer = Poco::JSON::Parser().parse(text).extract<Object::Ptr>();
        if (!answer->has("id") || answer->getValue<int>("id") != id) continue;
        if (answer->has("error"))
            throw std::runtime_error(method + ": " + answer->getObject("error")->getValue<std::string>("message"));
        return answer->getObject("result");
    }
}

void DevToolsPage::setHeaders(const std::map<std::string, std::string>& headers) {
    Object::Ptr values = new Object;
    for (const auto& [name, value] : headers) values->set(name, value);
    Object::Ptr params = new Object;
    params->set("headers", values);
    call("Network.setExtraHTTPHeaders", params);
}

void DevToolsPage::setOnlyCookie(const std::string& url, const std::string& name, const std::string& value) {
    call("Network.clearBrowserCookies");
    if (name.empty()) return;
    Object::Ptr cookie = new Object;
    cookie->set("url", url);
    cookie->set("name", name);
    cookie->set("value", value);
    call("Network.setCookie", cookie);
}

void DevToolsPage::open(const std::string& url) {
    Object::Ptr params = new Object;
    params->set("url", url);
    call("Page.navigate", params);
    for (int i = 0; i < 600; ++i) {
        if (evaluate("document.readyState").toString() == "complete") {
            // Resolves once the fonts the page uses are loaded (or failed).
            Object::Ptr wait = new Object;
            wait->set("expression", "document.fonts.ready.then(() => true)");
            wait->set("awaitPromise", true);
            call("Runtime.evaluate", wait);
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("chromium did not finish loading " + url);
}

Poco::Dynamic::Var DevToolsPage::evaluate(const std::string& expression) {
    Object::Ptr params = new Object;
    params->set("expression", expression);
    params->set("returnByValue", true);
    const Object::Ptr result = call("Runtime.evaluate", params);
    if (result->has("exceptionDetails"))
        throw std::runtime_error(expression + ": " + result->getObject("exceptionDetails")->getValue<std::string>("text"));
    const Object::Ptr value = result->getObject("result");
    return value->has("value") ? value->get("value") : Poco::Dynamic::Var();
}

std::string DevToolsPage::screenshot() {
    Object::Ptr params = new Object;
    params->set("format", "png");
    std::istringstream base64(call("Page.captureScreenshot", params)->getValue<std::string>("data"));
    Poco::Base64Decoder decoder(base64);
    return {std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>()};
}

}  // namespace wop::test
