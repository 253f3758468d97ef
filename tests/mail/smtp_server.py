"""The SMTP server of the mail tests: aiosmtpd on 127.0.0.1, storing what it
accepts in a Maildir. With a certificate it refuses mail before STARTTLS;
with a user it also refuses mail before AUTH with that user and password,
which it offers over TLS only. Adds a line to CONNECTIONS for each
connection. Keeps each message's DATA as received, byte for byte, in RAW,
one file a message numbered in the order received, since the Maildir holds
what Python's email package made of it. Runs until terminated.

usage: smtp_server.py PORT MAILDIR CONNECTIONS RAW [--tls-cert FILE --tls-key FILE] [--user NAME --password WORD]"""
import argparse
import asyncio
import itertools
import os
import ssl

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

arguments = argparse.ArgumentParser()
arguments.add_argument("port", type=int)
arguments.add_argument("maildir")
arguments.add_argument("connections")
arguments.add_argument("raw")
arguments.add_argument("--tls-cert")
arguments.add_argument("--tls-key")
arguments.add_argument("--user")
arguments.add_argument("--password")
options = arguments.parse_args()

tls = None
if options.tls_cert:
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(options.tls_cert, options.tls_key)


def authenticate(server, session, envelope, mechanism, data):
    accepted = (isinstance(data, LoginPassword) and data.login == options.user.encode()
                and data.password == options.password.encode())
    # Not handled: aiosmtpd itself answers, 235 or 535.
    return AuthResult(success=accepted, handled=False)


class RawAndMaildir(Mailbox):
    received = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        with open(os.path.join(options.raw, "%06d.eml" % next(self.received)), "wb") as raw:
            raw.write(envelope.original_content)
        return await super().handle_DATA(server, session, envelope)


def session():
    with open(options.connections, "a") as log:
        log.write("connection\n")
    return SMTP(RawAndMaildir(options.maildir), hostname="127.0.0.1",
                tls_context=tls, require_starttls=tls is not None,
                authenticator=authenticate if options.user else None,
                auth_required=bool(options.user), auth_require_tls=True)


loop = asyncio.new_event_loop()
loop.run_until_complete(loop.create_server(session, "127.0.0.1", options.port))
loop.run_forever()
