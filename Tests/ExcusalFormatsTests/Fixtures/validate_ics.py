#!/usr/bin/env python3
"""Parses an iCalendar file with the PyPI `icalendar` package and prints what it read.

Usage: validate_ics.py FILE. Run by ExternalValidationTests, which compares the printed
JSON with the report it rendered, so escaping and folding are checked by an independent
parser. Exits 1, printing the problems, when the file breaks RFC 5545 rules that the
parser may tolerate: lines over 75 octets, bare LF line endings, missing required
properties, an end before the start.
"""
import json
import sys
from datetime import timezone

import icalendar


def main() -> int:
    with open(sys.argv[1], "rb") as handle:
        raw = handle.read()
    problems = []
    if not raw.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n")[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: bare CR or LF")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: a UTF-8 sequence is split")

    calendar = icalendar.Calendar.from_ical(raw)
    problems += [f"parser: {error}" for component in calendar.walk() for error in getattr(component, "errors", [])]
    for name in ("VERSION", "PRODID"):
        if name not in calendar:
            problems.append(f"VCALENDAR lacks {name}")
    if str(calendar.get("VERSION")) != "2.0":
        problems.append("VERSION is not 2.0")

    events = []
    for event in calendar.walk("VEVENT"):
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND"):
            if name not in event:
                problems.append(f"VEVENT lacks {name}")
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if start.tzinfo is None or start.utcoffset().total_seconds() != 0:
            problems.append(f"{event.get('UID')}: DTSTART is not UTC")
        if not start < end:
            problems.append(f"{event.get('UID')}: DTEND is not after DTSTART")
        events.append({
            "uid": str(event["UID"]),
            "start": start.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "summary": str(event["SUMMARY"]),
            "description": str(event["DESCRIPTION"]),
            "status": str(event.get("STATUS")),
        })
    print(json.dumps({"name": str(calendar.get("X-WR-CALNAME")), "events": events, "problems": problems}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
