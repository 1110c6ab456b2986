"""The upper level's view: the learning models per unit and year, rolled up province → ward →
branch, on screen (the tree), on paper (the yearly table sent upward) and in Excel.

A ward's or province's database holds the records of every unit below it, each record tagged
with the unit that created it (origin_unit); units that send counts only have them in
unit_aggregate. `lines` gives each unit's own counts; `rollup` (pure) adds every unit's
descendants to it along the directory of known units, with this installation at the top.

What is printed is Vietnamese whatever the interface language, like the other documents.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import Level
from xhht_desktop.domain.evaluation import DashboardLine
from xhht_desktop.errors import NotFound
from xhht_desktop.services.charts import texts as chart_texts
from xhht_desktop.services.cycle_documents import (
    MODEL_NAMES,
    REPORTED,
    CycleDocumentService,
    _group_key,
    _report_sentence,
    _report_table,
    count_text,
    model_chart,
    percent_text,
    share,
)
from xhht_desktop.services.documents import issuer, place_name
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.pdf import AdminDocument, Column, Margins, Signer, place_date_line
from xhht_desktop.services.pdf.fonts import BOLD, FAMILY, register_fonts
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.repositories import unit_statistics as repo

if TYPE_CHECKING:
    from xhht_desktop.services.progress import Progress

__all__ = [
    "RECORD_KEYS",
    "Unit",
    "UnitLine",
    "UnitNode",
    "UnitStatisticsService",
    "rollup",
]

# The keys of `records`, in order (CSV columns).
RECORD_KEYS = (
    "unit_code",
    "unit_name",
    "parent_code",
    "level",
    "model",
    "subjects",
    "registered",
    "recognised",
    "commended",
    "pct_recognised_of_registered",
    "pct_recognised_of_total",
    "members",
    "activities",
)
# Counts that add up from a unit to its parent (the rest of a line says who it is).
ADDED = (
    "subjects",
    "registered",
    "scored",
    "proposed",
    "recognised",
    "commended",
    "members",
    "households",
    "persons",
    "activities",
)
TOTAL = "Tổng cộng"
OWN = "{name} (trực tiếp)"  # a unit's own records, beside its children's
AGGREGATED_MARK = " (*)"
AGGREGATED_NOTE = "(*) Có số liệu đơn vị chỉ gửi dạng tổng hợp, không kèm dữ liệu chi tiết."
CELL_SIZE = 8  # points: the per-unit table has five columns per model
_CELL_PADDING = 7  # points: the cells' left and right padding (3 + 3) and a little room
_NAME_MIN = 30 * mm  # the unit's name column never narrower than this…
_NAME_MAX = 60 * mm  # …nor wider: the numbers share what is left
CHART_WIDTH = 170 * mm  # as wide as on a portrait page: bars across a landscape one look bloated
_COLUMN_MIN = 20  # points: a number column, so a short number still has room


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of the directory: this installation, or one it knows from packages."""

    code: str
    name: str
    level: str = ""  # a Level value, "" when not known
    parent_code: str = ""


@dataclass(frozen=True, slots=True)
class UnitLine:
    """One model of one unit in one year. Shares are per cent, one decimal (half up), None
    when there is nothing to divide by."""

    unit_code: str
    unit_name: str
    parent_code: str
    level: str
    model: Model
    subjects: int
    registered: int
    scored: int = 0
    proposed: int = 0
    recognised: int = 0
    commended: int = 0
    members: int = 0  # the unit's (the same on each of its lines)
    households: int = 0
    persons: int = 0
    activities: int = 0
    aggregated: bool = False  # counts sent without personal data (in a rollup: any of them)

    @property
    def recognised_of_registered(self) -> Decimal | None:
        return share(self.recognised, self.registered)

    @property
    def recognised_of_subjects(self) -> Decimal | None:
        return share(self.recognised, self.subjects)

    @property
    def registered_of_subjects(self) -> Decimal | None:
        return share(self.registered, self.subjects)

    def dashboard_line(self) -> DashboardLine:
        """The same counts as the branch's dashboard gives them (for the shared report
        helpers)."""
        return DashboardLine(
            self.model,
            "",
            self.subjects,
            self.registered,
            self.scored,
            self.proposed,
            self.recognised,
            self.commended,
        )


def _zero(unit: Unit, model: Model) -> UnitLine:
    return UnitLine(unit.code, unit.name, unit.parent_code, unit.level, model, 0, 0)


def _added(unit: Unit, model: Model, lines: Iterable[UnitLine]) -> UnitLine:
    """The sum of `lines` (all of `model`), named as `unit`."""
    sums = dict.fromkeys(ADDED, 0)
    aggregated = False
    for line in lines:
        for name in ADDED:
            sums[name] += getattr(line, name)
        aggregated = aggregated or line.aggregated
    return replace(_zero(unit, model), aggregated=aggregated, **sums)


@dataclass(frozen=True, slots=True)
class UnitNode:
    """A unit in the tree: its own counts, and the counts of it and every unit below it."""

    unit: Unit
    own: tuple[UnitLine, ...]  # one per model, in the order of `models`
    total: tuple[UnitLine, ...]  # own + every descendant's own, one per model
    children: tuple[UnitNode, ...] = ()

    @property
    def models(self) -> tuple[Model, ...]:
        return tuple(line.model for line in self.total)

    def line(self, model: Model, *, own: bool = False) -> UnitLine:
        for line in self.own if own else self.total:
            if line.model is model:
                return line
        return _zero(self.unit, model)

    @property
    def members(self) -> int:
        return self.total[0].members if self.total else 0

    @property
    def activities(self) -> int:
        return self.total[0].activities if self.total else 0

    @property
    def households(self) -> int:
        return self.total[0].households if self.total else 0

    @property
    def persons(self) -> int:
        return self.total[0].persons if self.total else 0

    @property
    def aggregated(self) -> bool:
        """Counts of this unit or one below it came without personal data."""
        return any(line.aggregated for line in self.total)

    @property
    def has_own(self) -> bool:
        """The unit has records of its own (not only its children's)."""
        return any(getattr(line, name) for line in self.own for name in ADDED)

    def walk(self) -> Iterator[UnitNode]:
        """This node, then every node below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, code: str) -> UnitNode | None:
        return next((node for node in self.walk() if node.unit.code == code), None)


def _models(lines: Iterable[UnitLine]) -> tuple[Model, ...]:
    present = {line.model for line in lines}
    return tuple(m for m in Model if m in REPORTED or m in present)


def _name_key(unit: Unit) -> tuple[object, ...]:
    """'Khu phố 2' before 'Khu phố 10'."""
    return (_group_key(unit.name), unit.code)


def rollup(
    lines: Iterable[UnitLine],
    directory: Iterable[Unit],
    root: Unit,
    models: Sequence[Model] | None = None,
) -> UnitNode:
    """The tree under `root`: every unit of `directory` that descends from it (by parent_code),
    each with its own `lines` and the sum of its own and all its descendants' (so a ward is its
    branches plus its own records, and the root is everything). Units of `lines` the directory
    does not place under `root` (not known yet, or their parent is not known) hang from the
    root, so nothing counted is lost. A cycle in the directory is cut where it closes.
    `models`: the lines each node gets, by default the four reported always and any other that
    has a line. Pure: reads nothing else."""
    lines = list(lines)
    models = tuple(models) if models is not None else _models(lines)
    units: dict[str, Unit] = {}
    for line in lines:
        units.setdefault(
            line.unit_code, Unit(line.unit_code, line.unit_name, line.level, line.parent_code)
        )
    for unit in directory:
        units[unit.code] = unit
    units[root.code] = root
    kids: dict[str, list[Unit]] = defaultdict(list)
    for unit in units.values():
        if unit.code != root.code and unit.parent_code and unit.parent_code != unit.code:
            kids[unit.parent_code].append(unit)
    own: dict[str, dict[Model, UnitLine]] = defaultdict(dict)
    for line in lines:
        if line.model in models:
            current = own[line.unit_code].get(line.model)
            own[line.unit_code][line.model] = (
                line
                if current is None
                else _added(units[line.unit_code], line.model, (current, line))
            )

    def reachable(start: str) -> set[str]:
        seen, todo = {start}, [start]
        while todo:
            for kid in kids.get(todo.pop(), ()):
                if kid.code not in seen:
                    seen.add(kid.code)
                    todo.append(kid.code)
        return seen

    placed = reachable(root.code)
    stray: list[Unit] = []  # tops of what the directory does not place under the root
    for code in sorted(set(own) - placed):
        top, seen = code, {code}
        while (parent := units[top].parent_code) in units and parent not in seen:
            if parent in placed:
                break
            top = parent
            seen.add(top)
        if top not in placed:
            stray.append(units[top])
            placed |= reachable(top)

    visited: set[str] = set()

    def build(unit: Unit, extra: Sequence[Unit] = ()) -> UnitNode:
        visited.add(unit.code)
        mine = own.get(unit.code, {})
        own_lines = tuple(
            replace(mine[m], unit_name=unit.name, parent_code=unit.parent_code, level=unit.level)
            if m in mine
            else _zero(unit, m)
            for m in models
        )
        below = [k for k in sorted(kids.get(unit.code, ()), key=_name_key) if k.code not in visited]
        children = []
        for kid in [*below, *sorted(extra, key=_name_key)]:
            if kid.code not in visited:
                children.append(build(kid))
        total = tuple(
            _added(unit, model, (own_lines[i], *(c.total[i] for c in children)))
            for i, model in enumerate(models)
        )
        return UnitNode(unit, own_lines, total, tuple(children))

    return build(root, stray)


def _centred_chart(lines: list[DashboardLine], width: float) -> Flowable:
    """The yearly report's chart, at most CHART_WIDTH wide, in the middle of the page."""
    drawing = model_chart(lines, min(width, CHART_WIDTH))
    if drawing is None:  # the report draws it only when there is something to show
        return Spacer(1, 0)
    drawing.hAlign = "CENTER"
    return drawing


def _percent_value(count: int, of: int) -> float | None:
    value = share(count, of)
    return None if value is None else float(value)


def _ratio(count: int, of: int) -> float | None:
    return None if of == 0 else count / of


class UnitStatisticsService:
    def __init__(
        self,
        sessions: Sessions,
        installation: InstallationService,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.sessions = sessions
        self.installation = installation
        self.today = today

    # -- reading ----------------------------------------------------------------------------

    def root(self) -> Unit:
        """This installation as a unit of the tree."""
        return self.directory()[0]

    def directory(self) -> list[Unit]:
        """This installation (first), then every unit it knows, by code."""
        inst = self.installation.require()
        with self.sessions.read() as s:
            known = repo.directory(s)
        parent = next((e.code for e in known if e.role == "parent"), inst.province_code)
        if inst.level is Level.PROVINCE or parent == inst.unit_code:
            parent = ""
        root = Unit(inst.unit_code, inst.unit_name, inst.level.value, parent)
        return [
            root,
            *(
                Unit(e.code, e.name or e.code, e.level, e.parent_code)
                for e in known
                if e.code != root.code
            ),
        ]

    def children_of(self, code: str) -> list[Unit]:
        """The units the directory places directly under `code`, by name."""
        return sorted(
            (u for u in self.directory() if u.parent_code == code and u.code != code),
            key=_name_key,
        )

    def years(self) -> list[int]:
        """Years with registrations, activities or counts sent, newest first."""
        with self.sessions.read() as s:
            return repo.years(s)

    def lines(self, year: int) -> list[UnitLine]:
        """Each unit's own counts, one line per model, by unit code then model."""
        return self._lines(year, {u.code: u for u in self.directory()})

    def _lines(self, year: int, units: dict[str, Unit]) -> list[UnitLine]:
        with self.sessions.read() as s:
            counts = repo.unit_lines(s, year)
        found = []
        for c in counts:
            unit = units.get(c.unit_code, Unit(c.unit_code, c.unit_code))
            found.append(
                UnitLine(
                    c.unit_code,
                    unit.name,
                    unit.parent_code,
                    unit.level,
                    c.model,
                    c.subjects,
                    c.registered,
                    c.scored,
                    c.proposed,
                    c.recognised,
                    c.commended,
                    c.members,
                    c.households,
                    c.persons,
                    c.activities,
                    c.aggregated,
                )
            )
        return found

    def tree(self, year: int) -> UnitNode:
        """This installation with every unit below it, each with its own and rolled-up
        counts for `year`."""
        directory = self.directory()
        lines = self._lines(year, {u.code: u for u in directory})
        return rollup(lines, directory[1:], directory[0])

    def node(self, year: int, unit_code: str | None = None) -> UnitNode:
        tree = self.tree(year)
        found = tree if unit_code is None else tree.find(unit_code)
        if found is None:
            raise NotFound(kind="unit", id=unit_code)
        return found

    def records(
        self, year: int, by_unit: bool = True, unit_code: str | None = None
    ) -> list[dict[str, object]]:
        """Rows for the command line, keys RECORD_KEYS. By unit: every unit of the tree under
        `unit_code` (this installation by default) depth first, one row per model, each with
        the counts of the unit and every unit below it (so a ward's row includes its
        branches); else only that unit's rows. Percentages are per cent, one decimal, None
        when there is nothing to divide by."""
        top = self.node(year, unit_code)
        nodes = list(top.walk()) if by_unit else [top]
        return [
            {
                "unit_code": node.unit.code,
                "unit_name": node.unit.name,
                "parent_code": node.unit.parent_code,
                "level": node.unit.level,
                "model": line.model.value,
                "subjects": line.subjects,
                "registered": line.registered,
                "recognised": line.recognised,
                "commended": line.commended,
                "pct_recognised_of_registered": _percent_value(line.recognised, line.registered),
                "pct_recognised_of_total": _percent_value(line.recognised, line.subjects),
                "members": line.members,
                "activities": line.activities,
            }
            for node in nodes
            for line in node.total
        ]

    # -- the report ---------------------------------------------------------------------------

    @staticmethod
    def _rows(node: UnitNode) -> list[tuple[str, UnitNode, bool]]:
        """(label, node, own records only) per row of the tables: the unit's children, then
        its own records when it has any besides them (or it has no children)."""
        rows = [
            (child.unit.name + (AGGREGATED_MARK if child.aggregated else ""), child, False)
            for child in node.children
        ]
        if node.has_own or not rows:
            label = OWN.format(name=node.unit.name) if rows else node.unit.name
            aggregated = any(line.aggregated for line in node.own)
            rows.append((label + (AGGREGATED_MARK if aggregated else ""), node, True))
        return rows

    def report(self, year: int, unit_code: str | None = None) -> AdminDocument:
        """Báo cáo kết quả xây dựng các mô hình học tập năm N, tổng hợp theo đơn vị: the
        totals per model (as the branch's yearly report gives them), then one row per unit
        directly below `unit_code` (this installation by default) with, per model, how many
        registered, were recognised (in per cent of those registered and of all) and were
        commended, and the total; a chart; landscape A4, signed by whoever drew it up and
        the head."""
        inst = self.installation.require()
        node = self.node(year, unit_code)
        head = inst.unit_name if inst.level is Level.BRANCH else inst.association_name
        title = f"Báo cáo kết quả xây dựng các mô hình học tập năm {year}"
        doc = AdminDocument(title, author=head, landscape=True, cell_size=CELL_SIZE)
        doc.header(issuer(inst), place_date=place_date_line(place_name(inst), self.today()))
        whose = None if node.unit.code == inst.unit_code else f"({node.unit.name})"
        doc.title("Báo cáo", f"Kết quả xây dựng các mô hình học tập năm {year}", whose)
        scope = node.unit.name
        if node.children:
            scope = (
                "các đơn vị trực thuộc"
                if node.unit.code == inst.unit_code
                else f"{node.unit.name} và các đơn vị trực thuộc"
            )
        doc.paragraph(
            f"{head} tổng hợp kết quả đăng ký, bình xét và công nhận các mô hình học tập "
            f"năm {year} của {scope} như sau:"
        )
        models = [m for m in node.models if m in REPORTED or node.line(m).registered]
        whole = {m: node.line(m).dashboard_line() for m in models}
        doc.heading("1. Kết quả chung")
        columns, table, groups = _report_table(
            "Mô hình", [(MODEL_NAMES[m], whole[m]) for m in models]
        )
        doc.table(columns, table, groups=groups)
        for model in models:
            doc.paragraph(_report_sentence(model, whole[model]), indent=False)
        doc.heading("2. Kết quả theo đơn vị")
        rows = self._rows(node)
        for columns, table, groups in _unit_tables(models, rows, node):
            doc.table(columns, table, groups=groups)
        if any(label.endswith(AGGREGATED_MARK) for label, _, _ in rows):
            doc.paragraph(AGGREGATED_NOTE, indent=False)
        lines = list(whole.values())
        if (chart := model_chart(lines, 160 * mm)) is not None:
            doc.drawing(
                partial(_centred_chart, lines),
                chart_texts(chart),
                caption="3. Biểu đồ tỷ lệ đăng ký và được công nhận",
            )
        doc.signers(Signer("Người lập báo cáo", ""), Signer(CycleDocumentService._head(inst), ""))
        return doc

    def write_report(self, year: int, path: str | Path, unit_code: str | None = None) -> Path:
        return self.report(year, unit_code).write(path)

    # -- Excel --------------------------------------------------------------------------------

    def export_excel(
        self,
        year: int,
        path: str | Path,
        unit_code: str | None = None,
        *,
        progress: Progress | None = None,
    ) -> Path:
        """The report's per-unit table as a sheet: per model the subjects, registered,
        recognised, its shares of those registered and of all (real percentages) and the
        commended; members and activities; a total row."""
        from xhht_desktop.services.excel_export import CellKind, write_sheet
        from xhht_desktop.services.excel_export import Column as XColumn

        inst = self.installation.require()
        node = self.node(year, unit_code)
        models = [m for m in node.models if m in REPORTED or node.line(m).registered]
        columns = [
            XColumn("STT", CellKind.NUMBER, 6),
            XColumn("Mã đơn vị", width=14),
            XColumn("Đơn vị", width=34),
        ]
        for model in models:
            name = MODEL_NAMES[model]
            columns += [
                XColumn(f"{name}: tổng số", CellKind.NUMBER, 11),
                XColumn(f"{name}: đăng ký", CellKind.NUMBER, 11),
                XColumn(f"{name}: được công nhận", CellKind.NUMBER, 12),
                XColumn(f"{name}: tỷ lệ công nhận so với số đăng ký", CellKind.PERCENT, 14),
                XColumn(f"{name}: tỷ lệ công nhận so với tổng số", CellKind.PERCENT, 14),
                XColumn(f"{name}: tiêu biểu", CellKind.NUMBER, 11),
            ]
        columns += [
            XColumn("Hội viên", CellKind.NUMBER, 10),
            XColumn("Hoạt động học tập", CellKind.NUMBER, 11),
        ]

        def cells(number: int | None, code: str, label: str, own: bool, of: UnitNode) -> list:
            row: list[object] = [number, code, label]
            for model in models:
                line = of.line(model, own=own)
                row += [
                    line.subjects,
                    line.registered,
                    line.recognised,
                    _ratio(line.recognised, line.registered),
                    _ratio(line.recognised, line.subjects),
                    line.commended,
                ]
            first = (of.own if own else of.total)[0]
            return [*row, first.members, first.activities]

        rows = self._rows(node)
        table = [
            cells(n, of.unit.code, label, own, of)
            for n, (label, of, own) in enumerate(rows, start=1)
        ]
        table.append(cells(None, "", TOTAL, False, node))
        heading = [
            inst.unit_name if inst.level is Level.BRANCH else inst.association_name,
            f"Kết quả xây dựng các mô hình học tập năm {year}, tổng hợp theo đơn vị",
        ]
        if node.unit.code != inst.unit_code:
            heading.append(node.unit.name)
        if any(label.endswith(AGGREGATED_MARK) for label, _, _ in rows):
            heading.append(AGGREGATED_NOTE)
        return write_sheet(
            path,
            f"Theo đơn vị năm {year}",
            columns,
            table,
            heading_lines=heading,
            progress=progress,
        )


# --- the per-unit table of the report --------------------------------------------------------

UNIT_HEADERS = (
    "Đăng ký",
    "Được công nhận",
    "Tỷ lệ so với số đăng ký",
    "Tỷ lệ so với tổng số",
    "Tiêu biểu",
)


def _model_cells(line: UnitLine) -> list[str]:
    return [
        count_text(line.registered),
        count_text(line.recognised),
        percent_text(line.recognised, line.registered),
        percent_text(line.recognised, line.subjects),
        count_text(line.commended),
    ]


def _width(texts: Iterable[str], header: str, least: float = _COLUMN_MIN) -> float:
    """The width a column needs: its widest cell, or its header's widest word, with padding."""
    cells = max((stringWidth(t, FAMILY, CELL_SIZE) for t in texts), default=0)
    words = max((stringWidth(w, BOLD, CELL_SIZE) for w in header.split()), default=0)
    return max(cells, words, least) + _CELL_PADDING


def _unit_tables(
    models: Sequence[Model], rows: Sequence[tuple[str, UnitNode, bool]], node: UnitNode
) -> list[tuple[list[Column], list[list[object]], list[tuple[str, int]]]]:
    """The per-unit table: STT, the unit, then five columns per model under the model's name,
    and a total row. Columns are as wide as their contents; when the models do not all fit
    across the page beside a readable name column, they are shared out evenly over as few
    tables as fit, each repeating the units."""
    register_fonts()  # widths are measured in the documents' font
    frame = landscape(A4)[0] - Margins().left - Margins().right
    body = [
        [str(n), label, *(c for m in models for c in _model_cells(of.line(m, own=own)))]
        for n, (label, of, own) in enumerate(rows, start=1)
    ]
    body.append(["", TOTAL, *(c for m in models for c in _model_cells(node.line(m)))])
    number_width = _width((r[0] for r in body), "STT", 0)
    widths = {
        m: [
            _width((r[2 + 5 * i + k] for r in body), UNIT_HEADERS[k])
            for k in range(len(UNIT_HEADERS))
        ]
        for i, m in enumerate(models)
    }
    parts = 1
    while parts < len(models):
        chunks = _share_out(list(models), parts)
        if all(number_width + _NAME_MIN + sum(sum(widths[m]) for m in c) <= frame for c in chunks):
            break
        parts += 1
    tables = []
    for chunk in _share_out(list(models), parts):
        used = sum(sum(widths[m]) for m in chunk)
        name_width = max(_NAME_MIN, frame - number_width - used)
        spare = max(0, name_width - _NAME_MAX) / (len(chunk) * len(UNIT_HEADERS))
        columns = [
            Column("STT", number_width, "center"),
            Column("Đơn vị", min(name_width, _NAME_MAX)),
        ]
        groups: list[tuple[str, int]] = [("", 1), ("", 1)]
        for m in chunk:
            columns += [
                Column(header, width + spare, "center")
                for header, width in zip(UNIT_HEADERS, widths[m], strict=True)
            ]
            groups.append((MODEL_NAMES[m], len(UNIT_HEADERS)))
        picked = [models.index(m) for m in chunk]
        table = [
            [r[0], r[1], *(r[2 + 5 * i + k] for i in picked for k in range(len(UNIT_HEADERS)))]
            for r in body
        ]
        tables.append((columns, table, groups))
    return tables


def _share_out(items: list[Model], parts: int) -> list[list[Model]]:
    """`items` in `parts` consecutive runs of nearly equal length (the longer ones first)."""
    runs, start = [], 0
    for n in range(parts):
        left = parts - n
        size = math.ceil((len(items) - start) / left)
        runs.append(items[start : start + size])
        start += size
    return [r for r in runs if r]
