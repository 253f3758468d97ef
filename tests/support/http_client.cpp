#include "http_client.h"

#include <sstream>
#include <stdexcept>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>

namespace wop::test {

HttpResponse sendTo(int port, const HttpRequest& request) {
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    session.setTimeout(Poco::Timespan(60, 0));
    Poco::Net::HTTPRequest http(request.method, request.target, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : request.headers) http.set(name, value);
    if (!request.cookie.empty()) http.set("Cookie", request.cookie);
    if (!request.contentType.empty()) http.setContentType(request.contentType);
    if (request.chunked) http.setChunkedTransferEncoding(true);
    else if (!request.body.empty() || request.method == "POST") http.setContentLength(static_cast<std::streamsize>(request.body.size()));
    session.sendRequest(http) << request.body;
    Poco::Net::HTTPResponse http_response;
    std::istream& in = session.receiveResponse(http_response);
    HttpResponse response;
    response.status = static_cast<int>(http_response.getStatus());
    response.contentType = http_response.getContentType();
    std::ostringstream body;
    Poco::StreamCopier::copyStream(in, body);
    response.body = body.str();
    for (const auto& [name, value] : http_response) {
        if (Poco::icompare(name, "Set-Cookie") == 0) response.setCookies.push_back(value);
        else response.headers[name] = value;
    }
    return response;
}

HttpRequest apiSignIn(const std::string& name, const std::string& secret) {
    HttpRequest request;
    request.method = "POST";
    request.target = "/api/session";
    request.contentType = "application/json";
    request.body = R"({"name": ")" + name + R"(", "password": ")" + secret + R"("})";
    return request;
}

Client signInAt(int port, const std::string& name) {
    const HttpResponse response = sendTo(port, apiSignIn(name, password));
    if (response.status != 200 || response.setCookies.empty())
        throw std::runtime_error("cannot sign in as " + name + ": " + std::to_string(response.status));
    const auto json = Poco::JSON::Parser().parse(response.body).extract<Poco::JSON::Object::Ptr>();
    const std::string& cookie = response.setCookies.front();
    return {cookie.substr(0, cookie.find(';')), json->getValue<std::string>("csrf_token")};
}

}  // namespace wop::test
