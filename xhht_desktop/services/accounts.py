"""Accounts on a shared PC: who is at the keyboard, and what they may do.

Roles: Quản trị (administrator: settings, users, restore), Nhập liệu (data entry), Chỉ xem
(read only). Passwords are NFC-normalised (Vietnamese keyboards type the same word two ways)
and hashed with Argon2id. After repeated wrong passwords the account pauses, longer each time.
The database is readable by anyone at the PC: accounts are accountability (the audit trail
says who did what) and a guard against mistakes, not secrecy.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from xhht_desktop.domain.text import fold, nfc
from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.storage.audit import audit_event
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.orm import AuditRecord, UserAccountRecord, utcnow

MIN_PASSWORD = 6
FREE_ATTEMPTS = 3  # wrong passwords before the first pause
FIRST_PAUSE_S = 30  # then 30 s, 60 s, 120 s… up to MAX_PAUSE_S
MAX_PAUSE_S = 15 * 60
DEFAULT_IDLE_MINUTES = 10


class Role(StrEnum):
    ADMIN = "admin"  # Quản trị
    EDITOR = "editor"  # Nhập liệu
    VIEWER = "viewer"  # Chỉ xem


class PermissionDenied(UserError):
    code = "account.not_allowed"


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: Role
    disabled: bool = False
    last_login_at: dt.datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    who: str
    action: str
    table: str
    record_uuid: str
    changes: dict[str, list[object]]
    summary: str


def _hasher():  # noqa: ANN202 - argon2 loads on first use
    from argon2 import PasswordHasher

    return PasswordHasher()  # RFC 9106 low-memory profile: argon2id, 64 MiB, t=3


def normalise_password(password: str) -> str:
    return unicodedata.normalize("NFC", password)


class AccountService:
    """Holds who is logged in on this PC and tells the storage layer (audit name, guard)."""

    def __init__(self, sessions: Sessions, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.sessions = sessions
        self.clock = clock
        self.current: Account | None = None
        sessions.who = self.who
        sessions.guard = self._guard

    # -- who is here -------------------------------------------------------------------------

    def who(self) -> str:
        if self.current is not None:
            return self.current.username
        from xhht_desktop.services.who import login_name

        return login_name()

    def act_as(self, name: str, role: Role = Role.ADMIN) -> None:
        """The command line: writes recorded under its own name."""
        self.current = Account(0, name, name, role)

    def _guard(self) -> None:
        if self.current is not None and self.current.role is Role.VIEWER:
            raise PermissionDenied()

    def require_admin(self) -> None:
        """Settings, users and restore: the administrator only (anyone before the first
        account exists, to set the PC up)."""
        if self.current is None:
            if self.has_users():
                raise PermissionDenied()
            return
        if self.current.role is not Role.ADMIN:
            raise PermissionDenied()

    def can_edit(self) -> bool:
        return self.current is None or self.current.role is not Role.VIEWER

    # -- accounts ----------------------------------------------------------------------------

    def has_users(self) -> bool:
        with self.sessions.read() as s:
            return bool(s.scalar(select(func.count()).select_from(UserAccountRecord)))

    def users(self) -> list[Account]:
        with self.sessions.read() as s:
            records = s.scalars(select(UserAccountRecord).order_by(UserAccountRecord.name_key))
            return [_account(r) for r in records]

    def create(
        self, username: str, display_name: str, role: Role, password: str, *, first: bool = False
    ) -> Account:
        """A new account. The first one (`first`) is the administrator made at first start."""
        username, display_name = nfc(username), nfc(display_name)
        issues = _check_name(username) + _check_password(password)
        if issues:
            raise ValidationFailed(issues)
        if first:
            if self.has_users():
                raise PermissionDenied()
            role = Role.ADMIN
        else:
            self.require_admin()
        with self.sessions.write(system=first) as s:
            if s.scalar(
                select(UserAccountRecord.id).where(UserAccountRecord.name_key == fold(username))
            ):
                raise ValidationFailed([Issue("username", "account.exists")])
            record = UserAccountRecord(
                username=username,
                name_key=fold(username),
                display_name=display_name or username,
                role=role.value,
                password_hash=_hasher().hash(normalise_password(password)),
                failed_count=0,
                created_at=self.clock(),
                disabled=False,
            )
            s.add(record)
            s.flush()
            return _account(record)

    def login(self, username: str, password: str) -> Account:
        """Check the password; pause the account after repeated mistakes. The same message for
        an unknown name and a wrong password, so names cannot be guessed."""
        from argon2.exceptions import InvalidHashError, VerificationError

        now = self.clock()
        wrong = False
        with self.sessions.write(system=True) as s:
            record = s.scalar(
                select(UserAccountRecord).where(UserAccountRecord.name_key == fold(nfc(username)))
            )
            if record is None or record.disabled:
                raise UserError("account.wrong")
            if record.locked_until is not None and record.locked_until > now:
                wait = int((record.locked_until - now).total_seconds()) + 1
                raise UserError("account.paused", seconds=wait)
            hasher = _hasher()
            try:
                hasher.verify(record.password_hash, normalise_password(password))
            except (VerificationError, InvalidHashError):
                # Counted, and committed with this transaction: the count must survive.
                wrong = True
                record.failed_count += 1
                extra = record.failed_count - FREE_ATTEMPTS
                if extra >= 0:
                    pause = min(MAX_PAUSE_S, FIRST_PAUSE_S * 2**extra)
                    record.locked_until = now + dt.timedelta(seconds=pause)
            else:
                if hasher.check_needs_rehash(record.password_hash):
                    record.password_hash = hasher.hash(normalise_password(password))
                record.failed_count, record.locked_until, record.last_login_at = 0, None, now
                account = _account(record)
        if wrong:
            raise UserError("account.wrong")
        self.current = account
        return account

    def logout(self) -> None:
        self.current = None

    def reset_password(self, username: str, password: str) -> None:
        """The administrator sets a new password (volunteers forget them; there is no email)."""
        self.require_admin()
        if issues := _check_password(password):
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            record = self._find(s, username)
            record.password_hash = _hasher().hash(normalise_password(password))
            record.failed_count, record.locked_until = 0, None
            # The hash never enters the trail; that it changed, and by whom, does.
            audit_event(s, "user_account", f"new password for {record.username}")

    def set_role(self, username: str, role: Role, disabled: bool = False) -> None:
        self.require_admin()
        with self.sessions.write() as s:
            record = self._find(s, username)
            admins = s.scalar(
                select(func.count()).where(
                    UserAccountRecord.role == Role.ADMIN.value,
                    UserAccountRecord.disabled.is_(False),
                    UserAccountRecord.id != record.id,
                )
            )
            if not admins and (role is not Role.ADMIN or disabled):
                raise UserError("account.last_admin")
            record.role, record.disabled = role.value, disabled

    @staticmethod
    def _find(s, username: str) -> UserAccountRecord:  # noqa: ANN001
        record = s.scalar(
            select(UserAccountRecord).where(UserAccountRecord.name_key == fold(nfc(username)))
        )
        if record is None:
            raise UserError("account.unknown", name=username)
        return record

    # -- the audit trail ---------------------------------------------------------------------

    def audit(
        self,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        who: str = "",
        record_uuids: tuple[str, ...] = (),
        table: str = "",
        limit: int | None = 5000,
    ) -> list[AuditEntry]:
        import json

        stmt = select(AuditRecord).order_by(AuditRecord.id.desc())
        if since is not None:
            stmt = stmt.where(AuditRecord.at >= since)
        if until is not None:
            stmt = stmt.where(AuditRecord.at < until)
        if who:
            stmt = stmt.where(AuditRecord.who == who)
        if record_uuids:
            stmt = stmt.where(AuditRecord.record_uuid.in_(record_uuids))
        if table:
            stmt = stmt.where(AuditRecord.table_name == table)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.sessions.read() as s:
            return [
                AuditEntry(
                    r.id,
                    r.at,
                    r.who,
                    r.action,
                    r.table_name,
                    r.record_uuid,
                    json.loads(r.changes or "{}"),
                    r.summary,
                )
                for r in s.scalars(stmt)
            ]


def _account(record: UserAccountRecord) -> Account:
    return Account(
        record.id,
        record.username,
        record.display_name,
        Role(record.role),
        record.disabled,
        record.last_login_at,
    )


def _check_name(username: str) -> list[Issue]:
    if not username:
        return [Issue("username", "name.required")]
    if len(username) > 60:
        return [Issue("username", "text.too_long", {"max": 60})]
    return []


def _check_password(password: str) -> list[Issue]:
    if len(normalise_password(password)) < MIN_PASSWORD:
        return [Issue("password", "account.password_short", {"min": MIN_PASSWORD})]
    return []
