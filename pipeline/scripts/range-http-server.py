#!/usr/bin/python3
"""A loopback HTTP server for the benchmark's /vsicurl/ workload: serves the files under DIR with HTTP range requests
(`Range: bytes=A-B`, answered 206 with Content-Range), which GDAL's /vsicurl/ needs to fetch only the header and the
blocks it reads (python3 -m http.server ignores Range and sends whole files). HEAD and GET; threads per connection;
HTTP/1.1 keep-alive. Prints the port it listens on, then serves until killed.
Usage: range-http-server.py DIR [PORT]   (PORT 0 = any free port)"""
import http.server
import os
import re
import sys

ROOT = os.path.realpath(sys.argv[1])
RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _target(self):
        path = os.path.realpath(os.path.join(ROOT, self.path.split("?")[0].lstrip("/")))
        return path if path.startswith(ROOT + os.sep) and os.path.isfile(path) else None

    def _answer(self, body):
        path = self._target()
        if path is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        size = os.path.getsize(path)
        start, end = 0, size - 1
        m = RANGE.match(self.headers.get("Range", "").strip())
        if m and (m.group(1) or m.group(2)):
            if m.group(1):
                start = int(m.group(1))
                end = min(int(m.group(2)), size - 1) if m.group(2) else size - 1
            else:
                start = max(0, size - int(m.group(2)))
            if start > end:
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        else:
            self.send_response(200)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Content-Type", "application/octet-stream")
        self.end_headers()
        if body:
            with open(path, "rb") as f:
                f.seek(start)
                left = end - start + 1
                while left > 0:
                    chunk = f.read(min(left, 1 << 20))
                    if not chunk:
                        break
                    self.wfile.write(chunk)
                    left -= len(chunk)

    def do_HEAD(self):
        self._answer(False)

    def do_GET(self):
        self._answer(True)


server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2]) if len(sys.argv) > 2 else 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
