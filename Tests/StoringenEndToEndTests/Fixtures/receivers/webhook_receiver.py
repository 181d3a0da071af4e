"""A webhook receiver on 127.0.0.1 for storingen's notify tests.

Prints its port on the first line of stdout, then serves until killed:
  POST /ok/<name>      200, recorded
  POST /flaky/<name>   500 for the first two posts to that path, then 200; every post recorded
  POST /silent/<name>  accepts the request and never answers (recorded when it arrives)
  GET  /site/<path>    a file of the folder given as the second argument (404 when absent)
Each request is appended to the JSON-lines file given as the first argument, with
its headers, body and whether X-Storingen-Signature is the HMAC-SHA256 of the body
under the key in the environment variable WEBHOOK_SECRET.
"""
import hashlib
import hmac
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# A parent may have blocked SIGTERM for its threads; the test stops us with it.
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
RECORD, SITE = sys.argv[1], sys.argv[2]
SECRET = os.environ.get("WEBHOOK_SECRET", "").encode()
lock = threading.Lock()
posts_per_path = {}


def record(entry):
    with lock, open(RECORD, "a", encoding="utf-8") as file:
        file.write(json.dumps(entry) + "\n")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        signature = self.headers.get("X-Storingen-Signature")
        expected = "sha256=" + hmac.new(SECRET, body, hashlib.sha256).hexdigest()
        with lock:
            count = posts_per_path.get(self.path, 0) + 1
            posts_per_path[self.path] = count
        mode = self.path.split("/")[1]
        status = 500 if mode == "flaky" and count <= 2 else 200
        record({
            "path": self.path,
            "attempt": count,
            "status": None if mode == "silent" else status,
            "headers": {key.lower(): value for key, value in self.headers.items()},
            "signatureValid": signature is not None and hmac.compare_digest(signature, expected),
            "body": json.loads(body),
        })
        if mode == "silent":
            time.sleep(600)
            return
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        relative = self.path.split("?")[0]
        path = os.path.realpath(os.path.join(SITE, relative.removeprefix("/site/")))
        if not relative.startswith("/site/") or not path.startswith(os.path.realpath(SITE)) or not os.path.isfile(path):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with open(path, "rb") as file:
            data = file.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
