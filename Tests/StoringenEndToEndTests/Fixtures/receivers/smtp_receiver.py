"""An SMTP server on 127.0.0.1 (Python's aiosmtpd) for storingen's notify tests.

    smtp_receiver.py RECORD [--tls CERT KEY --user NAME PASSWORD]

Prints its port on the first line of stdout, then serves until killed. With --tls it
requires STARTTLS before anything else and AUTH (PLAIN or LOGIN) with the given user
name and password before MAIL. Each message is appended to the JSON-lines file
RECORD: the envelope, the headers that matter decoded, the text and HTML parts, and
the raw message as received (after the server undid the dot-stuffing).
"""
import asyncio
import email
import email.policy
import json
import signal
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

# A parent may have blocked SIGTERM for its threads; the test stops us with it.
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
record_path = sys.argv[1]
tls = "--tls" in sys.argv
if tls:
    cert, key = sys.argv[sys.argv.index("--tls") + 1:sys.argv.index("--tls") + 3]
    user, password = sys.argv[sys.argv.index("--user") + 1:sys.argv.index("--user") + 3]


class Recorder:
    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        parts = {
            part.get_content_type(): part.get_content().replace("\r\n", "\n")
            for part in message.walk() if not part.is_multipart()
        }
        entry = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "subject": str(message["Subject"]),
            "from": str(message["From"]),
            "to": str(message["To"]),
            "messageId": str(message["Message-ID"]),
            "date": str(message["Date"]),
            "idempotencyKey": str(message["X-Storingen-Idempotency-Key"]),
            "contentType": message.get_content_type(),
            "text": parts.get("text/plain"),
            "html": parts.get("text/html"),
            "raw": envelope.content.decode("ascii"),
            "tls": session.ssl is not None,
            "authenticated": session.authenticated,
        }
        with open(record_path, "a", encoding="utf-8") as file:
            file.write(json.dumps(entry) + "\n")
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == user.encode() and auth_data.password == password.encode()
    # handled=False: aiosmtpd answers 535 itself (with the default it answers nothing).
    return AuthResult(success=ok, handled=False)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


options = {}
if tls:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    options = dict(tls_context=context, require_starttls=True, authenticator=authenticator,
                   auth_required=True, auth_require_tls=True)
port = free_port()
controller = Controller(Recorder(), hostname="127.0.0.1", port=port, **options)
controller.start()
print(port, flush=True)
while True:
    time.sleep(3600)
