"""`xhht`: the command line, for automation, tests and the upper level's IT staff. No Qt."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from xhht_desktop import __version__
from xhht_desktop.catalog import cli_language, message
from xhht_desktop.domain.certificate_payload import Verdict, verdict_words
from xhht_desktop.domain.certificates import CertificateKind
from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import EconomicStatus, HouseholdFilter, Installation, Level
from xhht_desktop.domain.text import looks_like_formula
from xhht_desktop.errors import BadInput, UserError, ValidationFailed
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.accounts import Role
from xhht_desktop.services.certificates import batch_counts
from xhht_desktop.services.context import Services, open_services
from xhht_desktop.services.demo import fill_demo
from xhht_desktop.services.exchange import ACK_EXTENSION
from xhht_desktop.services.household_json import draft_from_json, row_to_json
from xhht_desktop.services.installation import DEFAULT_GROUPS, placeholder
from xhht_desktop.services.unit_statistics import RECORD_KEYS
from xhht_desktop.services.who import login_name

LEVELS = {
    "chi-hoi": Level.BRANCH,
    "xa-phuong": Level.COMMUNE,
    "tinh": Level.PROVINCE,
    "quan-huyen": Level.DISTRICT,
}
STATUSES = {
    "khong": EconomicStatus.NONE,
    "ngheo": EconomicStatus.POOR,
    "can-ngheo": EconomicStatus.NEAR_POOR,
}
MODELS = {
    "gia-dinh": Model.FAMILY,
    "dong-ho": Model.CLAN,
    "cong-dong": Model.COMMUNITY,
    "don-vi": Model.UNIT,
    "cong-dan": Model.CITIZEN,
}
KINDS = {"cong-nhan": CertificateKind.RECOGNITION, "khen": CertificateKind.COMMENDATION}
ROLES = {"quan-tri": Role.ADMIN, "nhap-lieu": Role.EDITOR, "chi-xem": Role.VIEWER}
AUDIT_COLUMNS = ("at", "who", "action", "table", "record_uuid", "changes", "summary")
LIST_COLUMNS = ("id", "head_name", "address", "member_count", "phone", "economic_status", "notes")


def _location(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--db", metavar="FILE", help="database file to use")
    group.add_argument("--data-dir", metavar="DIR", help="data folder (database, backups, logs)")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _location(common)
    parser = argparse.ArgumentParser(
        prog="xhht", description="XHHT Desktop — command line (Hội Khuyến học)."
    )
    parser.add_argument("--version", action="version", version=f"xhht {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", parents=[common], help="create and set up a database")
    init.add_argument("--level", choices=sorted(LEVELS), default="chi-hoi")
    init.add_argument("--unit-code", default="", help="this unit's code (derived if omitted)")
    init.add_argument("--name", default="", help="unit name, e.g. 'Chi hội Khu phố 3'")
    init.add_argument("--association", default="", help="association name for documents")
    init.add_argument("--province", default="", help="province code (2 digits), e.g. 79")
    init.add_argument("--commune", default="", help="ward/commune code (5 digits)")
    init.add_argument("--groups", default="", help="tổ of a branch, comma separated")
    init.set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", parents=[common], help="fill a demo branch")
    demo.add_argument("--households", type=int, default=600, metavar="N")
    demo.add_argument("--seed", type=int, default=2025)
    demo.set_defaults(func=cmd_demo)

    hh = sub.add_parser("households", help="the household register")
    hh_sub = hh.add_subparsers(dest="action", required=True, metavar="ACTION")
    lst = hh_sub.add_parser("list", parents=[common], help="list households")
    lst.add_argument(
        "--search", default="", metavar="TEXT", help="accent-insensitive search: 'nguyen thi hong'"
    )
    lst.add_argument("--group", default=None, metavar="TỔ", help="only this tổ, e.g. 'Tổ 3'")
    lst.add_argument("--status", choices=sorted(STATUSES), default=None)
    lst.add_argument("--trash", action="store_true", help="list the trash instead")
    lst.add_argument("--format", choices=("table", "csv", "json", "pdf", "xlsx"), default="table")
    lst.add_argument("--out", metavar="FILE", help="with --format pdf or xlsx: the file to write")
    lst.set_defaults(func=cmd_households_list)
    add = hh_sub.add_parser("add", parents=[common], help="add households from a JSON file")
    add.add_argument(
        "--json",
        required=True,
        metavar="FILE",
        help="a household object or a list of them ('-' for standard input)",
    )
    add.set_defaults(func=cmd_households_add)

    report = sub.add_parser(
        "report", parents=[common], help="the year's learning models: one row per model"
    )
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--by-group", action="store_true", help="also one row per tổ")
    report.add_argument(
        "--by-unit",
        action="store_true",
        help="one row per unit below this one and model (ward, province)",
    )
    report.add_argument(
        "--unit", metavar="CODE", help="with --by-unit: the units under CODE (default: this one)"
    )
    report.add_argument(
        "--format", choices=("table", "csv", "json", "pdf", "xlsx"), default="table"
    )
    report.add_argument(
        "--out", metavar="FILE", help="with --format pdf or xlsx: the file to write"
    )
    report.set_defaults(func=cmd_report)

    documents = sub.add_parser(
        "documents", parents=[common], help="write the printed documents of a year as PDFs"
    )
    documents.add_argument("--year", type=int, required=True)
    documents.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    documents.set_defaults(func=cmd_documents)

    certs = sub.add_parser(
        "certificates",
        parents=[common],
        help="print the certificates of a year's recognised subjects into one PDF",
    )
    certs.add_argument("--year", type=int, required=True)
    certs.add_argument("--model", choices=sorted(MODELS), help="one model (default: every model)")
    certs.add_argument(
        "--kind", choices=sorted(KINDS), default="cong-nhan", help="recognition or commendation"
    )
    certs.add_argument("--group", default="", metavar="TỔ", help="only this tổ, e.g. 'Tổ 3'")
    certs.add_argument(
        "--only-new", action="store_true", help="only those without a number yet (no reprints)"
    )
    certs.add_argument("--out", required=True, metavar="FILE.pdf")
    certs.set_defaults(func=cmd_certificates)

    register = sub.add_parser(
        "certificate-register", parents=[common], help="the register of certificates of a year"
    )
    register.add_argument("--year", type=int, required=True)
    register.add_argument("--out", required=True, metavar="FILE", help="a .pdf or .xlsx file")
    register.set_defaults(func=cmd_certificate_register)

    verify = sub.add_parser(
        "verify-certificate", parents=[common], help="check the code of a certificate's QR code"
    )
    verify.add_argument("payload", metavar="PAYLOAD", help="the text the QR code holds")
    verify.set_defaults(func=cmd_verify_certificate)

    export = sub.add_parser(
        "export-package", parents=[common], help="write a package for the parent unit"
    )
    export.add_argument("--out", required=True, metavar="FOLDER", help="where to write it")
    export.add_argument("--full", action="store_true", help="everything, not only the changes")
    export.add_argument(
        "--aggregates-only", action="store_true", help="counts only, no personal data"
    )
    export.set_defaults(func=cmd_export_package)

    imp = sub.add_parser("import-package", parents=[common], help="check and apply a package")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="say what it would do, change nothing")
    imp.add_argument(
        "--trust-new-sender", action="store_true", help="accept the key of a first-time sender"
    )
    imp.add_argument("--ack-out", metavar="FILE", help="where to write the receipt for the sender")
    imp.set_defaults(func=cmd_import_package)

    ack = sub.add_parser("import-ack", parents=[common], help="read the parent's receipt")
    ack.add_argument("file", metavar="FILE")
    ack.set_defaults(func=cmd_import_ack)

    key = sub.add_parser("export-key", parents=[common], help="write this unit's key file")
    key.add_argument("--out", required=True, metavar="FILE")
    key.set_defaults(func=cmd_export_key)

    parent_key = sub.add_parser(
        "import-parent-key", parents=[common], help="remember the parent unit's key file"
    )
    parent_key.add_argument("file", metavar="FILE")
    parent_key.set_defaults(func=cmd_import_parent_key)

    users = sub.add_parser("users", help="the accounts of this computer")
    users_sub = users.add_subparsers(dest="action", required=True, metavar="ACTION")
    user_add = users_sub.add_parser("add", parents=[common], help="add an account")
    user_add.add_argument("name")
    user_add.add_argument("--display-name", default="")
    user_add.add_argument("--role", choices=sorted(ROLES), default="nhap-lieu")
    user_add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    user_add.set_defaults(func=cmd_users_add)
    user_list = users_sub.add_parser("list", parents=[common], help="list the accounts")
    user_list.set_defaults(func=cmd_users_list)
    user_reset = users_sub.add_parser(
        "reset-password", parents=[common], help="set a new password for an account"
    )
    user_reset.add_argument("name")
    user_reset.add_argument("--password-stdin", action="store_true")
    user_reset.set_defaults(func=cmd_users_reset)

    audit = sub.add_parser("audit", parents=[common], help="the audit trail: who changed what")
    audit.add_argument("--since", metavar="DD/MM/YYYY", help="from this day on")
    audit.add_argument("--user", default="", help="only this user's changes")
    audit.add_argument("--format", choices=("table", "csv"), default="table")
    audit.set_defaults(func=cmd_audit)

    imp_xl = sub.add_parser(
        "import-excel", parents=[common], help="add households from an Excel list (.xlsx)"
    )
    imp_xl.add_argument("file", metavar="FILE")
    imp_xl.add_argument("--sheet", default=None, metavar="NAME")
    imp_xl.add_argument(
        "--dry-run", action="store_true", help="say what it would do, write nothing"
    )
    imp_xl.add_argument("--errors-out", metavar="FILE", help="the rows with problems, as .xlsx")
    imp_xl.set_defaults(func=cmd_import_excel)
    exp_xl = sub.add_parser(
        "export-excel", parents=[common], help="the household register as an Excel file"
    )
    exp_xl.add_argument("--out", required=True, metavar="FILE")
    exp_xl.set_defaults(func=cmd_export_excel)

    backup = sub.add_parser(
        "backup", parents=[common], help="write a checked, self-contained copy of the database"
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="e.g. on a USB stick")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup (the current data is backed up first)",
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(func=cmd_restore)

    check = sub.add_parser("check", parents=[common], help="check the database's integrity")
    check.set_defaults(func=cmd_check)
    return parser


class Output:
    """Where the command writes; tests pass their own streams."""

    def __init__(self, out: io.TextIOBase | Any, err: io.TextIOBase | Any, language: str) -> None:
        self.out, self.err, self.language = out, err, language

    def say(self, text: str) -> None:
        print(text, file=self.out)

    def error(self, code: str, params: dict[str, object] | None = None) -> None:
        print(message(code, params, self.language), file=self.err)

    def note(self, code: str, params: dict[str, object] | None = None) -> None:
        """A result in words, in the user's language, on standard output."""
        self.say(message(code, params, self.language))


def _paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(data_dir=args.data_dir, db=args.db)


def _with_services(args: argparse.Namespace, body: Callable[[Services], int]) -> int:
    services = open_services(_paths(args))
    services.accounts.act_as(f"xhht ({login_name()})")  # the CLI's writes, under its own name
    try:
        return body(services)
    finally:
        services.close()


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        if sv.installation.get() is not None:
            raise UserError("unit.already_initialised")
        base = placeholder()
        level = LEVELS[args.level]
        groups = (
            tuple(g for g in args.groups.split(","))
            if args.groups
            else (DEFAULT_GROUPS if level is Level.BRANCH else ())
        )
        inst = Installation(
            level=level,
            unit_code=args.unit_code,
            unit_name=args.name or (base.unit_name if level is Level.BRANCH else ""),
            association_name=args.association or base.association_name,
            province_code=args.province,
            commune_code=args.commune,
            groups=groups,
        )
        if level is Level.BRANCH and not (args.unit_code or args.province or args.commune):
            inst = replace(inst, unit_code=base.unit_code)  # a placeholder, as the name
        saved, _ = sv.installation.save(inst)
        sv.exchange.keys()  # made at setup: its fingerprint is this unit's identity upward
        out.say(f"{saved.unit_code}\t{saved.unit_name}\t{sv.paths.db_path}")
        return 0

    return _with_services(args, body)


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    if args.households < 0:
        raise BadInput(detail="--households")

    def body(sv: Services) -> int:
        made = fill_demo(
            sv.installation,
            sv.households,
            args.households,
            seed=args.seed,
            activities=sv.activities,
            criteria=sv.criteria,
            evaluation=sv.evaluation,
        )
        out.say(str(made))
        return 0

    return _with_services(args, body)


def cmd_households_list(args: argparse.Namespace, out: Output) -> int:
    flt = HouseholdFilter(
        text=args.search,
        group=args.group,
        economic_status=STATUSES[args.status] if args.status else None,
        deleted=args.trash,
    )

    def body(sv: Services) -> int:
        if args.format in ("pdf", "xlsx"):
            target = _out_file(args)
            if args.format == "pdf":
                out.say(str(sv.documents.write_household_list(flt, target)))
            else:
                out.say(str(sv.excel.households(flt, target)))
            return 0
        ids = sv.households.ids(flt)
        rows = [row_to_json(r) for chunk in _chunks(ids, 500) for r in sv.households.rows(chunk)]
        records = [{k: r[k] for k in LIST_COLUMNS} for r in rows]
        if args.format == "json":
            out.say(json.dumps(records, ensure_ascii=False, indent=2))
        elif args.format == "csv":
            writer = csv.DictWriter(out.out, fieldnames=LIST_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: _csv_safe(v) for k, v in r.items()} for r in records)
        else:
            for r in records:
                out.say("\t".join(str(r[k]) for k in LIST_COLUMNS))
        return 0

    return _with_services(args, body)


def _out_file(args: argparse.Namespace) -> Path:
    if not args.out:
        raise BadInput(detail=f"--format {args.format} needs --out FILE")
    return Path(args.out)


def _csv_safe(value: object) -> object:
    """Spreadsheets run cells that start with = + - @ as formulas: make them text."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def _chunks(items: Sequence[int], size: int) -> list[Sequence[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def cmd_households_add(args: argparse.Namespace, out: Output) -> int:
    raw = _read_json(args.json)
    objects = raw if isinstance(raw, list) else [raw]
    drafts = [draft_from_json(obj, i + 1) for i, obj in enumerate(objects)]

    def body(sv: Services) -> int:
        sv.installation.require()
        ids, _ = sv.households.save_many(drafts)
        out.say("\n".join(map(str, ids)))
        return 0

    return _with_services(args, body)


def _read_json(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput("file.unreadable", file=source, detail=str(exc)) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput("input.bad_json", file=source, line=exc.lineno, detail=exc.msg) from exc


REPORT_COLUMNS = (
    "model",
    "group",
    "subjects",
    "registered",
    "scored",
    "proposed",
    "recognised",
    "commended",
)


def _report_by_unit(sv: Services, args: argparse.Namespace, out: Output) -> int:
    stats = sv.unit_statistics
    if args.format == "pdf":
        out.say(str(stats.write_report(args.year, _out_file(args), args.unit)))
        return 0
    if args.format == "xlsx":
        out.say(str(stats.export_excel(args.year, _out_file(args), args.unit)))
        return 0
    records = stats.records(args.year, by_unit=True, unit_code=args.unit)
    if args.format == "json":
        out.say(json.dumps({"year": args.year, "units": records}, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        writer = csv.DictWriter(out.out, fieldnames=RECORD_KEYS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _csv_safe(v) for k, v in r.items()} for r in records)
    else:
        for r in records:
            out.say("\t".join("" if r[k] is None else str(r[k]) for k in RECORD_KEYS))
    return 0


def cmd_report(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        if args.by_unit:
            return _report_by_unit(sv, args, out)
        if args.format == "pdf":
            out.say(str(sv.cycle_documents.yearly_report(args.year).write(_out_file(args))))
            return 0
        if args.format == "xlsx":
            out.say(str(sv.excel.dashboard(args.year, _out_file(args))))
            return 0
        lines = sv.evaluation.dashboard(args.year, by_group=args.by_group)
        records = [
            {
                "model": line.model.value,
                "group": line.group,
                "subjects": line.subjects,
                "registered": line.registered,
                "scored": line.scored,
                "proposed": line.proposed,
                "recognised": line.recognised,
                "commended": line.commended,
            }
            for line in lines
        ]
        if args.format == "json":
            out.say(
                json.dumps({"year": args.year, "models": records}, ensure_ascii=False, indent=2)
            )
        elif args.format == "csv":
            writer = csv.DictWriter(out.out, fieldnames=REPORT_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: _csv_safe(v) for k, v in r.items()} for r in records)
        else:
            for r in records:
                out.say("\t".join(str(r[k]) for k in REPORT_COLUMNS))
        return 0

    return _with_services(args, body)


def cmd_documents(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        for path in sv.cycle_documents.write_all(args.year, Path(args.out)):
            out.say(str(path))
        return 0

    return _with_services(args, body)


def cmd_certificates(args: argparse.Namespace, out: Output) -> int:
    """Plan, render, write, then record: a PDF that could not be written records nothing."""

    def body(sv: Services) -> int:
        models = [MODELS[args.model]] if args.model else list(MODELS.values())
        batch = sv.certificates.plan(
            args.year, KINDS[args.kind], models, group=args.group, only_new=args.only_new
        )
        if not batch.sheets:
            out.error("certificate.nothing", {"year": args.year})
            return 1
        printed = sv.certificates.render(batch)
        path = Path(args.out)
        sv.certificates.save_pdf(printed, path)
        for sheet, _ in printed.overflows:
            out.error(
                "certificate.overflow", {"number": sheet.number, "name": sheet.recipient.name}
            )
        new, reprints = batch_counts(batch)
        out.note("certificate.written", {"count": new + reprints, "new": new, "file": str(path)})
        return 0

    return _with_services(args, body)


def cmd_certificate_register(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        path = Path(args.out)
        if path.suffix.lower() == ".xlsx":
            out.say(str(sv.certificates.export_register(args.year, path)))
        else:
            out.say(str(sv.certificates.register_document(args.year).write(path)))
        return 0

    return _with_services(args, body)


def cmd_verify_certificate(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        result = sv.certificates.verify(args.payload)
        out.note(*verdict_words(result))
        return 0 if result.verdict is Verdict.GENUINE else 1

    return _with_services(args, body)


def cmd_export_package(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        result = sv.exchange.export_package(
            Path(args.out), full=args.full, aggregates_only=args.aggregates_only
        )
        if not result.encrypted:
            out.error("exchange.not_encrypted")
        out.note(
            "exchange.exported",
            {
                "file": str(result.path),
                "sequence": result.sequence,
                "rows": sum(result.rows.values()),
            },
        )
        return 0

    return _with_services(args, body)


def cmd_import_package(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        path = Path(args.file)
        if args.dry_run:
            incoming = sv.exchange.inspect(path)
        else:
            incoming = sv.exchange.apply(path, trust_new_sender=args.trust_new_sender)
        total = incoming.plan.totals()
        params = {
            "unit": incoming.sender.name,
            "sequence": incoming.sequence,
            "added": total.added,
            "updated": total.updated,
            "unchanged": total.unchanged,
            "conflicts": total.conflicts,
            "refused": total.refused,
        }
        out.note("exchange.would_import" if args.dry_run else "exchange.imported", params)
        if incoming.new_sender and args.dry_run:
            out.note(
                "exchange.new_sender",
                {
                    "unit": incoming.sender.name,
                    "code": incoming.sender.code,
                    "fingerprint": incoming.fingerprint,
                },
            )
        for number in incoming.missing:
            out.error("exchange.missing", {"sequence": number, "unit": incoming.sender.name})
        if not args.dry_run:
            ack = Path(args.ack_out) if args.ack_out else path.with_suffix(ACK_EXTENSION)
            out.say(str(sv.exchange.write_ack(incoming.package_id, ack)))
        return 0

    return _with_services(args, body)


def cmd_import_ack(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        sequence = sv.exchange.import_ack(Path(args.file))
        out.note("exchange.acknowledged", {"sequence": sequence})
        return 0

    return _with_services(args, body)


def cmd_export_key(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        path = sv.exchange.export_key(Path(args.out))
        out.note(
            "exchange.key_written", {"file": str(path), "fingerprint": sv.exchange.fingerprint()}
        )
        return 0

    return _with_services(args, body)


def cmd_import_parent_key(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        unit = sv.exchange.import_parent_key(Path(args.file))
        out.note("exchange.parent_known", {"unit": unit.name, "unit_code": unit.code})
        return 0

    return _with_services(args, body)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise BadInput(detail="the two passwords differ")
    return first


def cmd_users_add(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        first = not sv.accounts.has_users()
        account = sv.accounts.create(
            args.name, args.display_name, ROLES[args.role], _password(args), first=first
        )
        out.say(f"{account.username}\t{account.role.value}")
        return 0

    return _with_services(args, body)


def cmd_users_list(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        for a in sv.accounts.users():
            last = a.last_login_at.isoformat(sep=" ", timespec="minutes") if a.last_login_at else ""
            state = "disabled" if a.disabled else ""
            out.say("\t".join((a.username, a.display_name, a.role.value, state, last)))
        return 0

    return _with_services(args, body)


def cmd_users_reset(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        sv.accounts.reset_password(args.name, _password(args))
        out.say(args.name)
        return 0

    return _with_services(args, body)


def cmd_audit(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        since = None
        if args.since:
            try:
                since = dt.datetime.strptime(args.since, "%d/%m/%Y")
            except ValueError as exc:
                raise BadInput(detail=f"--since {args.since}: dd/mm/yyyy") from exc
        entries = sv.accounts.audit(since=since, who=args.user, limit=None)
        rows = [
            {
                "at": e.at.isoformat(sep=" ", timespec="seconds"),
                "who": e.who,
                "action": e.action,
                "table": e.table,
                "record_uuid": e.record_uuid,
                "changes": json.dumps(e.changes, ensure_ascii=False, sort_keys=True),
                "summary": e.summary,
            }
            for e in reversed(entries)
        ]
        if args.format == "csv":
            writer = csv.DictWriter(out.out, fieldnames=AUDIT_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: _csv_safe(v) for k, v in r.items()} for r in rows)
        else:
            for r in rows:
                out.say("\t".join(str(r[k]) for k in AUDIT_COLUMNS))
        return 0

    return _with_services(args, body)


def cmd_import_excel(args: argparse.Namespace, out: Output) -> int:
    """Automatic mapping; duplicates of the register are skipped, rows with errors refused
    (and said why); nothing is written on --dry-run."""
    from xhht_desktop.domain.legacy_encodings import NAMES
    from xhht_desktop.services.excel_import import (
        ExcelImportService,
        import_file,
        refusals,
        summary,
    )

    def body(sv: Services) -> int:
        service = ExcelImportService(sv.households, sv.installation)
        preview, plan, result = import_file(
            service,
            Path(args.file),
            sheet=args.sheet,
            dry_run=args.dry_run,
            errors_out=Path(args.errors_out) if args.errors_out else None,
            describe=lambda c, p: message(c, p, out.language),
        )
        if not preview.usable:
            raise BadInput("excel.not_usable", file=preview.path.name)
        if preview.encoding:
            out.note("excel.converted", {"encoding": NAMES[preview.encoding]})
        for row, column, code, params in refusals(preview):
            detail = message(code, params, out.language)
            out.error("excel.refused_row", {"row": row, "column": column, "detail": detail})
        if result is None:
            out.note("excel.would_import", summary(preview, plan))
        else:
            out.note("excel.imported", summary(preview, plan, result))
        return 0

    return _with_services(args, body)


def cmd_export_excel(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        out.say(str(sv.excel.households(HouseholdFilter(), Path(args.out))))
        return 0

    return _with_services(args, body)


def _counts(info: object) -> dict[str, object]:
    counts = getattr(info, "counts", None)
    return {
        "households": counts.households if counts else "",
        "persons": counts.persons if counts else "",
    }


def cmd_backup(args: argparse.Namespace, out: Output) -> int:
    from xhht_desktop.services.backups import BackupService

    paths = _paths(args)
    if not paths.db_path.is_file():
        raise UserError("backup.unreadable", file=str(paths.db_path), detail="not found")
    info = BackupService(paths.db_path, paths.backups_dir).backup_to(Path(args.out))
    out.note("backup.written", {"file": str(info.path), **_counts(info)})
    return 0


def cmd_restore(args: argparse.Namespace, out: Output) -> int:
    """Replaces the file directly: nothing is opened, so nothing is migrated first."""
    from xhht_desktop.services.backups import restore_file

    paths = _paths(args)
    result = restore_file(paths.db_path, paths.backups_dir, Path(args.file))
    when = f"{result.restored.when:%d/%m/%Y %H:%M}"
    out.note("backup.restored", {"date": when, **_counts(result.restored)})
    if result.safety is not None:
        out.note("backup.safety", {"file": str(result.safety.path)})
    if result.set_aside is not None:
        out.note("backup.set_aside", {"folder": str(result.set_aside)})
    return 0


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    def body(sv: Services) -> int:
        problems = sv.integrity.check()
        for problem in problems:
            out.error(problem.code, {"detail": problem.detail})
        if not problems:
            out.say("ok")
        return 1 if problems else 0

    return _with_services(args, body)


def main(argv: Sequence[str] | None = None, stdout: Any = None, stderr: Any = None) -> int:
    out = Output(stdout or sys.stdout, stderr or sys.stderr, cli_language())
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args, out))
    except ValidationFailed as exc:
        out.error(exc.code)
        for issue in exc.issues:
            print(
                f"  {issue.field}: {message(issue.code, issue.params, out.language)}", file=out.err
            )
        return 1
    except UserError as exc:
        params = dict(exc.params)
        if exc.code == "db.damaged":
            params.setdefault("backups", str(_paths(args).backups_dir))
        out.error(exc.code, params)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
