"""Translated names of the domain's codes (statuses, relations, levels…)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    Level,
    Literacy,
    Relation,
    UnitKind,
)
from xhht_desktop.domain.evaluation import Stage


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text) if text else ""


def status_label(status: EconomicStatus) -> str:
    return _t(
        {
            EconomicStatus.NONE: QT_TRANSLATE_NOOP("Labels", "Not poor"),
            EconomicStatus.POOR: QT_TRANSLATE_NOOP("Labels", "Poor household"),
            EconomicStatus.NEAR_POOR: QT_TRANSLATE_NOOP("Labels", "Near-poor household"),
        }[status]
    )


def gender_label(gender: Gender) -> str:
    return _t(
        {
            Gender.UNKNOWN: "",
            Gender.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
            Gender.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
        }[gender]
    )


def relation_label(relation: Relation) -> str:
    return _t(
        {
            Relation.HEAD: QT_TRANSLATE_NOOP("Labels", "Head of household"),
            Relation.SPOUSE: QT_TRANSLATE_NOOP("Labels", "Spouse"),
            Relation.CHILD: QT_TRANSLATE_NOOP("Labels", "Child"),
            Relation.PARENT: QT_TRANSLATE_NOOP("Labels", "Parent"),
            Relation.SIBLING: QT_TRANSLATE_NOOP("Labels", "Sibling"),
            Relation.GRANDPARENT: QT_TRANSLATE_NOOP("Labels", "Grandparent"),
            Relation.GRANDCHILD: QT_TRANSLATE_NOOP("Labels", "Grandchild"),
            Relation.CHILD_IN_LAW: QT_TRANSLATE_NOOP("Labels", "Son/daughter-in-law"),
            Relation.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
        }[relation]
    )


def education_label(education: Education) -> str:
    return _t(
        {
            Education.UNKNOWN: "",
            Education.NONE: QT_TRANSLATE_NOOP("Labels", "Not yet at school"),
            Education.PRESCHOOL: QT_TRANSLATE_NOOP("Labels", "Preschool"),
            Education.PRIMARY: QT_TRANSLATE_NOOP("Labels", "Primary school"),
            Education.LOWER_SECONDARY: QT_TRANSLATE_NOOP("Labels", "Lower secondary"),
            Education.UPPER_SECONDARY: QT_TRANSLATE_NOOP("Labels", "Upper secondary"),
            Education.VOCATIONAL: QT_TRANSLATE_NOOP("Labels", "Vocational"),
            Education.COLLEGE: QT_TRANSLATE_NOOP("Labels", "College"),
            Education.UNIVERSITY: QT_TRANSLATE_NOOP("Labels", "University"),
            Education.POSTGRADUATE: QT_TRANSLATE_NOOP("Labels", "Postgraduate"),
        }[education]
    )


def literacy_label(literacy: Literacy) -> str:
    return _t(
        {
            Literacy.UNKNOWN: "",
            Literacy.LITERATE: QT_TRANSLATE_NOOP("Labels", "Literate"),
            Literacy.ILLITERATE: QT_TRANSLATE_NOOP("Labels", "Illiterate"),
            Literacy.RELAPSED: QT_TRANSLATE_NOOP("Labels", "Relapsed into illiteracy"),
        }[literacy]
    )


def level_label(level: Level) -> str:
    return _t(
        {
            Level.BRANCH: QT_TRANSLATE_NOOP("Labels", "Branch (khu phố / ấp / thôn)"),
            Level.COMMUNE: QT_TRANSLATE_NOOP("Labels", "Ward / commune association"),
            Level.PROVINCE: QT_TRANSLATE_NOOP("Labels", "Province / city association"),
            Level.DISTRICT: QT_TRANSLATE_NOOP(
                "Labels", "District association (before 1 July 2025)"
            ),
        }[level]
    )


def unit_kind_label(kind: UnitKind) -> str:
    return _t(
        {
            UnitKind.AGENCY: QT_TRANSLATE_NOOP("Labels", "Agency"),
            UnitKind.SCHOOL: QT_TRANSLATE_NOOP("Labels", "School"),
            UnitKind.ENTERPRISE: QT_TRANSLATE_NOOP("Labels", "Enterprise"),
            UnitKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
        }[kind]
    )


def model_label(model: Model) -> str:
    return _t(
        {
            Model.FAMILY: QT_TRANSLATE_NOOP("Labels", "Learning family (Gia đình học tập)"),
            Model.CLAN: QT_TRANSLATE_NOOP("Labels", "Learning clan (Dòng họ học tập)"),
            Model.COMMUNITY: QT_TRANSLATE_NOOP("Labels", "Learning community (Cộng đồng học tập)"),
            Model.UNIT: QT_TRANSLATE_NOOP("Labels", "Learning unit (Đơn vị học tập)"),
            Model.CITIZEN: QT_TRANSLATE_NOOP("Labels", "Learning citizen (Công dân học tập)"),
        }[model]
    )


def stage_label(stage: Stage) -> str:
    return _t(
        {
            Stage.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
            Stage.SCORED: QT_TRANSLATE_NOOP("Labels", "Scored"),
            Stage.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
            Stage.RECOGNISED: QT_TRANSLATE_NOOP("Labels", "Recognised"),
            Stage.COMMENDED: QT_TRANSLATE_NOOP("Labels", "Recognised and commended"),
        }[stage]
    )


def band_label(code: str | None, fallback: str = "") -> str:
    known = {
        "tot": QT_TRANSLATE_NOOP("Labels", "Good (Tốt)"),
        "kha": QT_TRANSLATE_NOOP("Labels", "Fairly good (Khá)"),
        "trung_binh": QT_TRANSLATE_NOOP("Labels", "Average (Trung bình)"),
        "khong_dat": QT_TRANSLATE_NOOP("Labels", "Not reached (Không đạt)"),
    }
    if code is None:
        return ""
    return _t(known[code]) if code in known else (fallback or code)
