#!/usr/bin/python3
"""An SMTP server that breaks every message off: it answers the greeting,
EHLO, MAIL and RCPT as a real server does, says 354 to DATA, reads part of
the message and then closes the connection without an answer, as a server
that crashes or loses its network mid-message does.

usage: dropping_smtp_server.py PORT LOG
Each connection broken off during DATA adds a line "dropped during DATA
after N bytes" to LOG, so that a test knows the break came mid-message.
"""
import socketserver
import sys

# Enough to be inside the message (its headers and the start of the first
# attachment), far less than a message with two PDFs.
BYTES_BEFORE_DROP = 4096


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 dropping.test ESMTP")
        for raw in self.rfile:
            verb = raw.decode("latin-1").strip().split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 dropping.test")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            elif verb == "DATA":
                self.reply("354 go ahead")
                received = 0
                while received < BYTES_BEFORE_DROP:
                    chunk = self.rfile.readline()
                    if not chunk:
                        break
                    received += len(chunk)
                with open(sys.argv[2], "a") as log:
                    log.write("dropped during DATA after %d bytes\n" % received)
                return  # closes the connection: no answer to the data
            else:
                self.reply("502 not implemented")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Handler) as server:
        server.serve_forever()
