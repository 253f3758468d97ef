"""Prints the messages of a Maildir as JSON, as a mail program reads them
(Python's email package, not the library that wrote them): envelope and
header recipients, decoded subject and text, each attachment's name, type
and SHA-256 of its decoded bytes."""
import email
import email.policy
import hashlib
import json
import mailbox
import re
import sys


def delivery_order(key):
    """Maildir names a message "<seconds>.M<microseconds>P<pid>Q<count>.<host>";
    their text order is not the order of delivery (the microseconds are not
    zero-padded), so compare the numbers."""
    match = re.match(r"(\d+)\.M(\d+)P\d+Q(\d+)", key)
    return tuple(int(n) for n in match.groups()) if match else (0, 0, 0)


messages = []
box = mailbox.Maildir(sys.argv[1], factory=None, create=False)
for key in sorted(box.keys(), key=delivery_order):
    message = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
    item = {
        "envelope_to": [a.strip() for a in message["X-RcptTo"].split(",")],
        "from": str(message["From"]),
        "to": [a.addr_spec for a in message["To"].addresses],
        "subject": str(message["Subject"]),
        "message_id": str(message["Message-ID"]),
        "content_type": message.get_content_type(),
        "body": "",
        "attachments": [],
    }
    for part in message.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            data = part.get_payload(decode=True)
            item["attachments"].append({
                "filename": part.get_filename(),
                "content_type": part.get_content_type(),
                "sha256": hashlib.sha256(data).hexdigest(),
            })
        elif part.get_content_type() == "text/plain":
            item["body"] = part.get_content()
    messages.append(item)
json.dump(messages, sys.stdout, ensure_ascii=False)
