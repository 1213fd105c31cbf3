# webdriver.py — a tiny W3C WebDriver client (standard library only) for headless Chromium through chromedriver.
"""Enough WebDriver for tracuu's browser tests: start chromedriver on a loopback
port of its choosing, open a headless Chromium session, navigate, find elements,
click, type (into an element or the page), read text and attributes, run a
script, take a screenshot, quit.

    with Browser(scripts=True) as b:
        b.get("http://127.0.0.1:8080/")
        b.find("#q").send_keys("quy dinh 57\\n")
"""
import base64
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

# The key WebDriver sends for Enter (the W3C "normalised key" table).
ENTER = "\ue007"
# An element reference's key in the W3C protocol.
_ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class WebDriverError(Exception):
    """A WebDriver command that failed: `error` is the protocol's code
    ("no such element", "no such alert", …), the message says why."""

    def __init__(self, error, message, command=""):
        super().__init__(f"{command}: {error}: {message}" if command else f"{error}: {message}")
        self.error = error


class Unavailable(Exception):
    """Chromium or chromedriver is not installed: the caller skips (exit 77)."""


def find_chromium():
    """(chromium, chromedriver) paths, or raises Unavailable naming what is missing."""
    driver = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.access("/usr/bin/chromedriver", os.X_OK) else None)
    chrome = None
    for name in ("chromium", "chromium-browser", "google-chrome"):
        chrome = shutil.which(name)
        if chrome:
            break
    missing = [n for n, p in (("chromium", chrome), ("chromedriver (chromium-driver)", driver)) if not p]
    if missing:
        raise Unavailable(" and ".join(missing) + " not installed (scripts/deps.sh installs them)")
    return chrome, driver


class Element:
    def __init__(self, browser, ref):
        self.b = browser
        self.ref = ref

    def _url(self, what=""):
        return f"/element/{self.ref}" + (f"/{what}" if what else "")

    def click(self):
        self.b._cmd("POST", self._url("click"), {})
        return self

    def send_keys(self, text):
        self.b._cmd("POST", self._url("value"), {"text": text})
        return self

    def clear(self):
        self.b._cmd("POST", self._url("clear"), {})
        return self

    @property
    def text(self):
        return self.b._cmd("GET", self._url("text"))

    def attribute(self, name):
        """The DOM property if there is one (href resolved, value typed), else the attribute."""
        v = self.b._cmd("GET", self._url(f"property/{name}"))
        return v if v is not None else self.b._cmd("GET", self._url(f"attribute/{name}"))

    def find(self, css):
        r = self.b._cmd("POST", self._url("element"), {"using": "css selector", "value": css})
        return Element(self.b, r[_ELEMENT])

    def find_all(self, css):
        r = self.b._cmd("POST", self._url("elements"), {"using": "css selector", "value": css})
        return [Element(self.b, e[_ELEMENT]) for e in r]


class Browser:
    """One chromedriver process and one headless Chromium session on it.
    scripts=False turns JavaScript off (a page that must work without it)."""

    def __init__(self, scripts=True, width=1200, height=900, timeout=20):
        chrome, driver = find_chromium()
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="tracuu-chromium.")
        self.log = open(os.path.join(self.profile, "chromedriver.log"), "w")
        self.sid = None
        # Port 0: chromedriver takes a free port itself and says which.
        self.proc = subprocess.Popen([driver, "--port=0", "--allowed-ips=127.0.0.1"],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready()
            args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--disable-background-networking", "--disable-sync", "--disable-translate",
                    "--lang=vi", f"--window-size={width},{height}",
                    f"--user-data-dir={os.path.join(self.profile, 'user-data')}"]
            prefs = {}
            if not scripts:
                args.append("--blink-settings=scriptEnabled=false")
                prefs["profile.managed_default_content_settings.javascript"] = 2
            caps = {"capabilities": {"alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {"binary": chrome, "args": args, "prefs": prefs},
                "pageLoadStrategy": "normal",
                "unhandledPromptBehavior": "ignore",
                "timeouts": {"pageLoad": timeout * 1000, "script": timeout * 1000, "implicit": 0}}}}
            r = self._raw("POST", "/session", caps)
            self.sid = r["sessionId"]
        except BaseException:
            self.quit()
            raise

    def _wait_ready(self):
        """Waits for chromedriver to say its port and answer there."""
        deadline = time.monotonic() + self.timeout
        self.port = None
        while time.monotonic() < deadline:
            with open(self.log.name, errors="replace") as f:
                said = f.read()
            if self.proc.poll() is not None:
                raise WebDriverError("session not created",
                                     f"chromedriver exited with status {self.proc.returncode}: {said[-500:]}")
            if not self.port:
                m = re.search(r"started successfully on port (\d+)", said)
                if m:
                    self.port = int(m.group(1))
                    self.base = f"http://127.0.0.1:{self.port}"
            if self.port:
                try:
                    if self._raw("GET", "/status").get("ready"):
                        return
                except (OSError, WebDriverError):
                    pass
            time.sleep(0.05)
        raise WebDriverError("timeout", f"chromedriver was not ready in {self.timeout} s")

    def _raw(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json; charset=utf-8"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout + 10) as resp:
                payload = json.loads(resp.read() or b"{}")
        except urllib.error.HTTPError as e:
            try:
                v = json.loads(e.read()).get("value", {})
            except ValueError:
                v = {"error": f"HTTP {e.code}", "message": e.reason}
            raise WebDriverError(v.get("error", f"HTTP {e.code}"), v.get("message", "").split("\n")[0],
                                 f"{method} {path}") from None
        return payload.get("value", payload)

    def _cmd(self, method, path, body=None):
        return self._raw(method, f"/session/{self.sid}{path}", body)

    # ---- navigation and pages
    def get(self, url):
        self._cmd("POST", "/url", {"url": url})

    @property
    def url(self):
        return self._cmd("GET", "/url")

    @property
    def title(self):
        return self._cmd("GET", "/title")

    def back(self):
        self._cmd("POST", "/back", {})

    def source(self):
        return self._cmd("GET", "/source")

    # ---- elements
    def find(self, css):
        r = self._cmd("POST", "/element", {"using": "css selector", "value": css})
        return Element(self, r[_ELEMENT])

    def find_all(self, css):
        r = self._cmd("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self, e[_ELEMENT]) for e in r]

    def wait_for(self, css, timeout=None, what=None):
        """The first element matching css once there is one (a page still loading, a script
        still typing); raises with `what` (or the selector) after timeout seconds."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            els = self.find_all(css)
            if els:
                return els[0]
            if time.monotonic() > deadline:
                raise WebDriverError("timeout", f"no {what or css} on {self.url}")
            time.sleep(0.05)

    def wait_until(self, cond, timeout=None, what="the condition"):
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            v = cond()
            if v:
                return v
            if time.monotonic() > deadline:
                raise WebDriverError("timeout", f"{what} never held on {self.url}")
            time.sleep(0.05)

    def keys(self, text):
        """Types text into whatever has the focus (the page itself when nothing does)."""
        actions = [a for c in text for a in ({"type": "keyDown", "value": c}, {"type": "keyUp", "value": c})]
        self._cmd("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})
        self._cmd("DELETE", "/actions")

    # ---- scripts, dialogs, pictures
    def execute(self, script, *args):
        return self._cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def cdp(self, command, params=None):
        """A Chrome DevTools Protocol command through chromedriver (e.g. print media)."""
        return self._cmd("POST", "/goog/cdp/execute", {"cmd": command, "params": params or {}})

    def alert_text(self):
        """The text of an open alert/confirm/prompt, or None when there is none."""
        try:
            return self._cmd("GET", "/alert/text")
        except WebDriverError as e:
            if e.error == "no such alert":
                return None
            raise

    def screenshot(self, path, full_page=True):
        """Saves a PNG of the page (all of it when full_page: the window is grown to the
        document's height for the shot, then put back)."""
        size = None
        if full_page:
            try:
                h = self.execute("return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)")
            except WebDriverError:
                h = None  # scripts off: the window's own height
            if h:
                size = self._cmd("GET", "/window/rect")
                self._cmd("POST", "/window/rect", {"width": size["width"], "height": min(int(h) + 140, 8000)})
        png = base64.b64decode(self._cmd("GET", "/screenshot"))
        if size:
            self._cmd("POST", "/window/rect", {"width": size["width"], "height": size["height"]})
        with open(path, "wb") as f:
            f.write(png)
        return path

    def set_size(self, width, height):
        self._cmd("POST", "/window/rect", {"width": width, "height": height})

    # ---- the end
    def quit(self):
        if self.sid:
            try:
                self._raw("DELETE", f"/session/{self.sid}")
            except (OSError, WebDriverError):
                pass
            self.sid = None
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.log:
            self.log.close()
            self.log = None
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.quit()
