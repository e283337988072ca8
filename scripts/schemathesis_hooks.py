"""Schemathesis hooks for m4m's API (scripts/schemathesis.sh loads them).

They teach the tester the few rules of the API that OpenAPI cannot state,
so that it does not call the server wrong for keeping them; each is in
the operation's description and tested in tests/it/api.rs:

- a session's date is relative to today (held: not after today, planned:
  not before, neither more than a year away): a schema-valid date is
  moved into that window, keeping whatever else the case tests;
- a session is logged only in a pair that has started (active): a case
  that the schema calls valid is not sent to a pair in another state,
  which refuses any body (a 422 `pair-not-started`);
- the evaluation takes a programme or an organisation, not both, and a
  period whose end is not before its start: cases that break these are
  not sent as valid ones.

The pairs' states are read once through the API itself, with the token
and address the script gives in M4M_API_TOKEN and M4M_API_URL.
"""

import datetime
import json
import os
import re
import urllib.error
import urllib.request

import schemathesis

DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _valid_date(value):
    if not isinstance(value, str) or not DATE.match(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _get(path):
    request = urllib.request.Request(
        os.environ["M4M_API_URL"] + path, headers={"Authorization": "Bearer " + os.environ["M4M_API_TOKEN"]}
    )
    try:
        with urllib.request.urlopen(request) as response:
            return json.load(response)
    except urllib.error.HTTPError:
        return None


_NOT_STARTED = None


def _not_started():
    """The pairs the token sees that are not active (sessions refused)."""
    global _NOT_STARTED
    if _NOT_STARTED is None:
        _NOT_STARTED = set()
        programmes = (_get("/api/v1/programmes?limit=1000") or {}).get("programmes", [])
        for programme in programmes:
            pairs = (_get(f"/api/v1/programmes/{programme['id']}/pairs?limit=1000") or {}).get("pairs", [])
            _NOT_STARTED.update(p["id"] for p in pairs if p["status"] != "active")
    return _NOT_STARTED


def _positive(case):
    meta = case.meta
    return meta is None or str(meta.generation.mode).lower().endswith("positive")


def _is(case, method, suffix):
    operation = case.operation
    return operation.method.upper() == method and operation.path.endswith(suffix)


@schemathesis.hook
def map_case(context, case):
    if not _is(case, "POST", "/sessions") or not isinstance(case.body, dict):
        return case
    day = _valid_date(case.body.get("date"))
    if day is None:
        return case
    # Two days' margin on each side: the server's today is the
    # organisation's, which may differ from this machine's.
    offset = datetime.timedelta(days=2 + day.toordinal() % 300)
    today = datetime.date.today()
    moved = today + offset if case.body.get("status") == "planned" else today - offset
    case.body = {**case.body, "date": moved.isoformat()}
    return case


@schemathesis.hook
def filter_case(context, case):
    if _is(case, "POST", "/sessions") and _positive(case):
        try:
            pair = int(case.path_parameters.get("id"))
        except (TypeError, ValueError):
            return True
        return pair not in _not_started()
    query = case.query
    if not _is(case, "GET", "/evaluation") or not isinstance(query, dict):
        return True
    if query.get("programme") not in (None, "") and query.get("organisation") not in (None, ""):
        return False
    start, end = _valid_date(query.get("from")), _valid_date(query.get("to"))
    return not (start and end and end < start)
