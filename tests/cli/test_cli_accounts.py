"""Accounts and the audit trail from the command line: the CLI writes under its own name."""

from __future__ import annotations

import csv
import io
import json


def test_users_and_the_audit_trail(run, where, monkeypatch):
    assert run("demo", *where, "--households", "3").code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("mật khẩu 1\n"))
    added = run("users", "add", *where, "mai", "--role", "chi-xem", "--password-stdin")
    assert added.code == 0 and added.out == "mai\tadmin\n"  # the first account: administrator
    monkeypatch.setattr("sys.stdin", io.StringIO("mật khẩu 2\n"))
    assert run("users", "add", *where, "lan", "--password-stdin").code == 0
    listed = run("users", "list", *where).out.splitlines()
    assert [line.split("\t")[:3] for line in listed] == [
        ["lan", "lan", "editor"],
        ["mai", "mai", "admin"],
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("ngắn\n"))
    short = run("users", "reset-password", *where, "lan", "--password-stdin")
    assert short.code == 1 and "at least 6" in short.err
    trail = run("audit", *where, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(trail.out)))
    assert rows and all(r["who"].startswith("xhht (") for r in rows)
    households = [r for r in rows if r["table"] == "household" and r["action"] == "insert"]
    assert len(households) == 3
    assert "head_name" in json.loads(households[0]["changes"])
    assert run("audit", *where, "--since", "31/12/2100").out == ""
    assert run("audit", *where, "--since", "2026-01-01").code == 1
