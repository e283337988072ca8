"""Times an import of N newcomers through the web pages, as a coordinator
does it: upload, column mapping, preview, commit. Standard library only.

    python3 bench/import.py BASE_URL ROWS
Prints one line per step: `step seconds status`.
"""
import html
import http.cookiejar
import re
import sys
import time
import urllib.parse
import urllib.request
import uuid

base, rows = sys.argv[1], int(sys.argv[2])
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


no_redirect = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def send(path, data=None, headers=None, follow=True):
    req = urllib.request.Request(base + path, data=data, headers=headers or {})
    try:
        with (opener if follow else no_redirect).open(req) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def csrf(page):
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)


def post(path, fields, follow=True):
    return send(path, urllib.parse.urlencode(fields).encode(), {"Content-Type": "application/x-www-form-urlencoded"}, follow)


_, page = send("/login")
post("/login", [("csrf", csrf(page)), ("email", "coordinator.fr@example.org"), ("password", "m4m-demo-2026")])
lines = ["first_name,last_name,phone,native_language,birth_year"]
lines += [f"Bench{i},Family{i},+33 7 {i:08},ar,1990" for i in range(rows)]
body_csv = ("\n".join(lines) + "\n").encode()
_, page = send("/programmes/1/import")
token = csrf(page)
boundary = uuid.uuid4().hex
multipart = (
    f'--{boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nmentee\r\n'
    f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="people.csv"\r\n'
    f"Content-Type: text/csv\r\n\r\n"
).encode() + body_csv + f"\r\n--{boundary}--\r\n".encode()
t = time.monotonic()
status, mapping = send(
    f"/programmes/1/import?csrf={token}&lang=en", multipart, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
)
print(f"upload {time.monotonic() - t:.2f} {status}")
fields = [("csrf", csrf(mapping)), ("kind", "mentee")]
csv = re.search(r'<textarea name="csv"[^>]*>(.*?)</textarea>', mapping, re.S).group(1)
fields.append(("csv", html.unescape(csv)))
for name, options in re.findall(r'<select [^>]*name="(map_[^"]+)"[^>]*>(.*?)</select>', mapping, re.S):
    chosen = re.search(r'value="([^"]*)"[^>]*selected', options)
    fields.append((name, chosen.group(1) if chosen else ""))
t = time.monotonic()
status, _ = post("/programmes/1/import/preview?lang=en", fields)
print(f"preview {time.monotonic() - t:.2f} {status}")
t = time.monotonic()
status, _ = post("/programmes/1/import/commit", fields + [("consent", "yes")], follow=False)
print(f"commit {time.monotonic() - t:.2f} {status}")
