"""Criteria sets as JSON ("xhht.criteria-set", format version 1): shipped samples, files the
upper level distributes, copies between installations.

Parsing is strict: an unknown field is a typo, not something to ignore, and the first problem
raises CriteriaFileError with the path of the field ("criteria.0.children.2.max_points") and a
code the UI and CLI word. It checks shape only; validate_criteria_set checks meaning.
Strings are NFC both ways, so from_dict(to_dict(s)) == s for a cleaned set.

Fields added after the first files were written are optional with a default and left out when
at it, so older files read unchanged and the version stays 1: "point_step" on the set, "derive"
and "derive_params" (an object of numbers and strings) on a criterion.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from xhht_desktop.domain.criteria import (
    POINT_STEP,
    Band,
    CriteriaSet,
    Criterion,
    CriterionMinimum,
    Kind,
    Model,
    ParamValue,
    Rule,
    Status,
    as_points,
    clean_criteria_set,
)
from xhht_desktop.domain.validation import Issue

FORMAT = "xhht.criteria-set"
FORMAT_VERSION = 1

_E = TypeVar("_E", bound=StrEnum)


class CriteriaFileError(ValueError):
    """A criteria file that cannot be read; `path` names the field ("" for the whole file)."""

    def __init__(self, path: str, code: str, params: dict[str, object] | None = None) -> None:
        self.path = path
        self.code = code
        self.params = params or {}
        super().__init__(f"{path or '(file)'}: {code} {self.params}" if params else code)

    @property
    def issue(self) -> Issue:
        return Issue(self.path, self.code, self.params)


# --- writing ---------------------------------------------------------------------------------


def to_dict(criteria_set: CriteriaSet) -> dict[str, object]:
    """A JSON-able dict (json.dumps takes it as is). Optional fields left at their default (the
    set's point_step, a criterion's kind, guidance, derive…) are left out, so hand-written files
    stay short and files without the newer fields read in older versions of the app."""
    cs = clean_criteria_set(criteria_set)
    rule = cs.rule
    out: dict[str, object] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key": cs.key,
        "version": cs.version,
        "model": cs.model.value,
        "title": cs.title,
        "document": cs.document,
        "first_year": cs.first_year,
        "last_year": cs.last_year,
        "status": cs.status.value,
        "sample": cs.sample,
        "note": cs.note,
    }
    if cs.point_step != POINT_STEP:
        out["point_step"] = _number(cs.point_step)
    out["criteria"] = [_criterion_to_dict(c) for c in cs.criteria]
    out["rule"] = {
        "min_total": _number(rule.min_total),
        "min_per_criterion": [
            {"code": m.code, "min_points": _number(m.min_points)} for m in rule.min_per_criterion
        ],
        "knock_outs": list(rule.knock_outs),
        "bands": [_band_to_dict(b) for b in rule.bands],
    }
    return out


def dumps(criteria_set: CriteriaSet) -> str:
    """The file's text: UTF-8-friendly (Vietnamese stays readable), indented, final newline."""
    return json.dumps(to_dict(criteria_set), ensure_ascii=False, indent=2) + "\n"


def _criterion_to_dict(node: Criterion) -> dict[str, object]:
    out: dict[str, object] = {"code": node.code, "wording": node.wording}
    if node.kind is not Kind.POINTS:
        out["kind"] = node.kind.value
    if node.max_points is not None:
        out["max_points"] = _number(node.max_points)
    if node.guidance:
        out["guidance"] = node.guidance
    if node.evidence:
        out["evidence"] = node.evidence
    if node.derive:
        out["derive"] = node.derive
    if node.derive_params:
        out["derive_params"] = {
            name: value if isinstance(value, str | int) else _number(value)
            for name, value in node.derive_params
        }
    if node.children:
        out["children"] = [_criterion_to_dict(child) for child in node.children]
    return out


def _band_to_dict(band: Band) -> dict[str, object]:
    out: dict[str, object] = {"code": band.code, "min_total": _number(band.min_total)}
    if band.label:
        out["label"] = band.label
    return out


def _number(value: Decimal) -> int | float:
    # A JSON number: whole points as ints; a one-decimal value comes back from its float's
    # shortest repr unchanged (7.5 -> "7.5"), which is how both readers below take it.
    return int(value) if value == value.to_integral_value() else float(value)


# --- reading ---------------------------------------------------------------------------------


def loads(text: str) -> CriteriaSet:
    """Parse a file's text. Numbers are read as Decimal, never through a float."""
    try:
        # Notepad saves UTF-8 with a byte order mark; a hand-edited file should still load.
        data = json.loads(text.removeprefix("\ufeff"), parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise CriteriaFileError(
            "", "criteria_file.not_json", {"line": exc.lineno, "column": exc.colno}
        ) from None
    return from_dict(data)


def from_dict(data: object) -> CriteriaSet:
    """Build a cleaned set from parsed JSON. Raises CriteriaFileError on the first bad field."""
    obj = _object(data, "")
    fmt = obj.get("format")
    if fmt != FORMAT:
        raise CriteriaFileError("format", "criteria_file.not_criteria_set", {"format": FORMAT})
    version = _int(obj, "format_version", "")
    if version > FORMAT_VERSION:
        # Written by a newer app: say so rather than misread fields we do not know.
        raise CriteriaFileError(
            "format_version",
            "criteria_file.too_new",
            {"version": version, "supported": FORMAT_VERSION},
        )
    if version < 1:
        raise CriteriaFileError("format_version", "criteria_file.bad_value")
    _only(
        obj,
        "",
        required={"format", "format_version", "key", "version", "model", "title"}
        | {"first_year", "status", "criteria", "rule"},
        optional={"document", "last_year", "sample", "note", "point_step"},
    )
    last_year = obj.get("last_year")
    step = _points(obj, "point_step", "", optional=True)
    criteria_set = CriteriaSet(
        key=_str(obj, "key", ""),
        version=_int(obj, "version", ""),
        model=_enum(obj, "model", "", Model),
        title=_str(obj, "title", ""),
        document=_str(obj, "document", "", ""),
        first_year=_int(obj, "first_year", ""),
        last_year=None if last_year is None else _int(obj, "last_year", ""),
        status=_enum(obj, "status", "", Status),
        sample=_bool(obj, "sample", "", False),
        note=_str(obj, "note", "", ""),
        criteria=tuple(_list(obj, "criteria", "", _criterion)),
        rule=_rule(_object(obj["rule"], "rule"), "rule"),
        point_step=POINT_STEP if step is None else step,
    )
    return clean_criteria_set(criteria_set)


def _criterion(data: object, path: str) -> Criterion:
    obj = _object(data, path)
    _only(
        obj,
        path,
        required={"code", "wording"},
        optional={"kind", "max_points", "guidance", "evidence", "children"}
        | {"derive", "derive_params"},
    )
    return Criterion(
        code=_str(obj, "code", path),
        wording=_str(obj, "wording", path),
        kind=_enum(obj, "kind", path, Kind, Kind.POINTS),
        max_points=_points(obj, "max_points", path, optional=True),
        guidance=_str(obj, "guidance", path, ""),
        evidence=_str(obj, "evidence", path, ""),
        children=tuple(_list(obj, "children", path, _criterion, optional=True)),
        derive=_str(obj, "derive", path, ""),
        derive_params=_params(obj, "derive_params", path),
    )


def _params(obj: dict[str, Any], name: str, path: str) -> tuple[tuple[str, ParamValue], ...]:
    """An object of settings: numbers (read exactly, as points are) and strings."""
    where = _join(path, name)
    values = _object(_get(obj, name, path, {}), where)
    out: list[tuple[str, ParamValue]] = []
    for key in values:
        value = values[key]
        if isinstance(value, str):
            out.append((key, value))
        else:
            number = _points(values, key, where)
            assert number is not None  # required
            out.append((key, number))
    return tuple(out)


def _rule(obj: dict[str, Any], path: str) -> Rule:
    _only(
        obj,
        path,
        required={"min_total"},
        optional={"min_per_criterion", "knock_outs", "bands"},
    )
    return Rule(
        min_total=_points(obj, "min_total", path),
        min_per_criterion=tuple(_list(obj, "min_per_criterion", path, _minimum, optional=True)),
        knock_outs=tuple(_list(obj, "knock_outs", path, _code, optional=True)),
        bands=tuple(_list(obj, "bands", path, _band, optional=True)),
    )


def _minimum(data: object, path: str) -> CriterionMinimum:
    obj = _object(data, path)
    _only(obj, path, required={"code", "min_points"}, optional=set())
    return CriterionMinimum(_str(obj, "code", path), _points(obj, "min_points", path))


def _band(data: object, path: str) -> Band:
    obj = _object(data, path)
    _only(obj, path, required={"code", "min_total"}, optional={"label"})
    return Band(
        code=_str(obj, "code", path),
        min_total=_points(obj, "min_total", path),
        label=_str(obj, "label", path, ""),
    )


def _code(data: object, path: str) -> str:
    if not isinstance(data, str):
        raise CriteriaFileError(path, "criteria_file.wrong_type", {"expected": "string"})
    return data


# --- field readers: each raises with the field's path ---------------------------------------

_T = TypeVar("_T")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _object(data: object, path: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise CriteriaFileError(path, "criteria_file.wrong_type", {"expected": "object"})
    return data


def _only(obj: dict[str, Any], path: str, required: set[str], optional: set[str]) -> None:
    if missing := sorted(required - obj.keys()):
        raise CriteriaFileError(_join(path, missing[0]), "criteria_file.missing_field")
    if unknown := sorted(obj.keys() - required - optional):
        raise CriteriaFileError(_join(path, unknown[0]), "criteria_file.unknown_field")


_REQUIRED: Any = object()  # default meaning "no default": a missing field is an error


def _get(obj: dict[str, Any], name: str, path: str, default: object) -> Any:
    if name not in obj:
        if default is _REQUIRED:
            raise CriteriaFileError(_join(path, name), "criteria_file.missing_field")
        return default
    return obj[name]


def _wrong(path: str, name: str, expected: str) -> CriteriaFileError:
    return CriteriaFileError(_join(path, name), "criteria_file.wrong_type", {"expected": expected})


def _str(obj: dict[str, Any], name: str, path: str, default: str = _REQUIRED) -> str:
    value = _get(obj, name, path, default)
    if not isinstance(value, str):
        raise _wrong(path, name, "string")
    return value


def _int(obj: dict[str, Any], name: str, path: str) -> int:
    value = _get(obj, name, path, _REQUIRED)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong(path, name, "integer")
    return value


def _bool(obj: dict[str, Any], name: str, path: str, default: bool) -> bool:
    value = _get(obj, name, path, default)
    if not isinstance(value, bool):
        raise _wrong(path, name, "boolean")
    return value


def _points(obj: dict[str, Any], name: str, path: str, optional: bool = False) -> Decimal | None:
    value = _get(obj, name, path, None if optional else _REQUIRED)
    if value is None and optional:
        return None
    if isinstance(value, float):
        value = Decimal(repr(value))  # json.loads without parse_float: 7.5 -> "7.5" exactly
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise _wrong(path, name, "number")
    if isinstance(value, Decimal) and not value.is_finite():
        raise CriteriaFileError(_join(path, name), "criteria_file.bad_value")
    return as_points(value)


def _enum(
    obj: dict[str, Any], name: str, path: str, enum: type[_E], default: object = _REQUIRED
) -> _E:
    value = _get(obj, name, path, default)
    try:
        return enum(value)
    except (ValueError, TypeError):
        allowed = [member.value for member in enum]
        raise CriteriaFileError(
            _join(path, name), "criteria_file.bad_value", {"allowed": allowed}
        ) from None


def _list(
    obj: dict[str, Any],
    name: str,
    path: str,
    item: Callable[[object, str], _T],
    optional: bool = False,
) -> list[_T]:
    value = _get(obj, name, path, [] if optional else _REQUIRED)
    if not isinstance(value, list):
        raise _wrong(path, name, "list")
    where = _join(path, name)
    return [item(element, f"{where}.{index}") for index, element in enumerate(value)]
