#!/usr/bin/env python3
"""Registers demo attendees of the 2018 expo through the public registration API (standard library only).

Every attendee is derived from its number alone, so a second run sends the same requests: a registration that
exists already answers 409 already-registered (or replays its first answer through the Idempotency-Key) and is
counted as "already there". Usage: attendees.py [COUNT]; environment: EXPO_REGISTRATION_URL, EXPO_DEMO_ATTENDEES,
EXPO_DEMO_PARALLEL.
"""
import concurrent.futures
import json
import os
import random
import sys
import unicodedata
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.environ.get("EXPO_REGISTRATION_URL", "http://127.0.0.1:8081").rstrip("/")
COUNT = int(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("EXPO_DEMO_ATTENDEES", "2000"))
PARALLEL = int(os.environ.get("EXPO_DEMO_PARALLEL", "8"))

with open(os.path.join(HERE, "attendees.json"), encoding="utf-8") as f:
    DATA = json.load(f)


def weighted(rng, items):
    return rng.choices(items, weights=[item["weight"] for item in items])[0]


def phone(rng, prefix):
    if prefix == "+86":
        return "+86 1%d%d %04d %04d" % (rng.choice([3, 5, 8]), rng.randint(0, 9), rng.randint(0, 9999), rng.randint(0, 9999))
    return "%s %d %07d" % (prefix, rng.randint(20, 99), rng.randint(0, 9999999))


def attendee(number):
    rng = random.Random("expo-2018-attendee-%d" % number)
    if rng.random() < DATA["chineseShare"]:
        family, family_latin = rng.choice(DATA["chineseFamilyNames"])
        given, given_latin = rng.choice(DATA["chineseGivenNames"])
        latin = "%s %s" % (family_latin, given_latin)
        country, prefix = "CN", "+86"
        organization = rng.choice(DATA["chineseOrganizations"])
        job = rng.choice(DATA["chineseJobTitles"])
        domain = "example.cn"
    else:
        origin = weighted(rng, DATA["international"])
        name = rng.choice(origin["names"])
        family, given = name[0], name[1]
        latin = name[2] if origin.get("native") else None
        country, prefix = origin["country"], origin["phone"]
        organization = rng.choice(origin["organizations"])
        job = rng.choice(DATA["internationalJobTitles"])
        domain = "example.com"
    handle = unicodedata.normalize("NFKD", (latin or "%s %s" % (given, family)).lower())
    handle = ".".join("".join(c for c in part if c.isascii() and c.isalnum()) for part in handle.split())
    handle = ".".join(part for part in handle.split(".") if part) or "guest"
    mix = weighted(rng, DATA["categoryMix"])
    body = {
        "category": mix["category"],
        "familyName": family,
        "givenName": given,
        "email": "%s.%05d@%s" % (handle, number, domain),
        "organization": organization,
        "jobTitle": job,
        "country": country,
        "interests": sorted(rng.sample(DATA["interests"], rng.randint(1, 3))),
        "consents": {"privacyPolicy": True, "shareContactWithExhibitors": rng.random() < 0.55},
    }
    if latin:
        body["latinName"] = latin
    if rng.random() < 0.7:
        body["phone"] = phone(rng, prefix)
    if mix["category"] == "VISITOR-DAY":
        body["days"] = sorted(rng.sample(DATA["days"], rng.choice([1, 1, 1, 2, 2, 3])))
    if "invitations" in mix:
        body["invitationCode"] = rng.choice(mix["invitations"])
    return body


def register(number):
    request = urllib.request.Request(BASE + "/api/registrations", data=json.dumps(attendee(number)).encode("utf-8"),
                                     method="POST", headers={"Content-Type": "application/json",
                                                             "Idempotency-Key": "demo-attendee-2018-%05d" % number})
    for attempt in range(3):
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return "replayed" if response.headers.get("Idempotent-Replayed") else "created"
        except urllib.error.HTTPError as e:
            problem = e.read().decode("utf-8", "replace")
            kind = json.loads(problem).get("type", "").rsplit("/", 1)[-1] if problem.startswith("{") else ""
            if kind in ("already-registered", "idempotency-key-reused"):
                return "already there"
            if kind == "idempotency-key-in-flight" or e.code >= 500:
                continue
            return "refused (%s)" % (kind or e.code)
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            continue
    return "failed"


def main():
    outcomes = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        for outcome in pool.map(register, range(1, COUNT + 1)):
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    summary = ", ".join("%d %s" % (n, o) for o, n in sorted(outcomes.items()))
    print("40-attendees: %d attendees at %s: %s" % (COUNT, BASE, summary))
    return 1 if outcomes.get("failed") else 0


if __name__ == "__main__":
    sys.exit(main())
