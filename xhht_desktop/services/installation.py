"""Who this installation is: level, place, unit code and the association's printed name."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import asdict, replace

from xhht_desktop.domain.entities import Installation, Level
from xhht_desktop.domain.text import fold, nfc
from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import NotInitialised, ValidationFailed
from xhht_desktop.services.admin_units import Gazetteer
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.repositories.settings import get_setting, put_setting

KEY = "installation"
_UNIT_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
DEFAULT_GROUPS = tuple(f"Tổ {n}" for n in range(1, 9))


def placeholder(installation_id: str | None = None) -> Installation:
    """A branch with placeholder names, for `xhht init` without options; Settings fixes it."""
    iid = installation_id or str(uuid.uuid4())
    return Installation(
        level=Level.BRANCH,
        unit_code=f"CHIHOI-{iid[:8].upper()}",
        unit_name="Chi hội khuyến học (chưa đặt tên)",
        association_name="Hội Khuyến học",
        groups=DEFAULT_GROUPS,
        installation_id=iid,
    )


def suggested_unit_code(level: Level, province_code: str, commune_code: str, unit_name: str) -> str:
    """Commune and province associations use the official code; a branch adds its name."""
    if level is Level.PROVINCE and province_code:
        return province_code
    if level in (Level.COMMUNE, Level.DISTRICT) and commune_code:
        return commune_code
    slug = re.sub(r"[^a-z0-9]+", "-", fold(unit_name)).strip("-").upper()[:30]
    return f"{commune_code or province_code or 'CHIHOI'}-{slug or 'CHIHOI'}"


class InstallationService:
    def __init__(
        self,
        sessions: Sessions,
        gazetteer: Gazetteer,
        require_admin: Callable[[], None] = lambda: None,
    ) -> None:
        self.sessions = sessions
        self.gazetteer = gazetteer
        self.require_admin = require_admin  # settings are the administrator's

    def get(self) -> Installation | None:
        with self.sessions.read() as s:
            data = get_setting(s, KEY)
        if data is None:
            return None
        data["level"] = Level(data["level"])
        data["groups"] = tuple(data.get("groups", ()))
        return Installation(**data)

    def require(self) -> Installation:
        found = self.get()
        if found is None:
            raise NotInitialised()
        return found

    def save(self, installation: Installation) -> tuple[Installation, Changes]:
        """Validate and store; the installation id is made once and never changes."""
        self.require_admin()
        cleaned = self.clean(installation)
        issues = self.validate(cleaned)
        if issues:
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            previous = get_setting(s, KEY)
            if previous is not None:
                cleaned = replace(cleaned, installation_id=previous["installation_id"])
            elif not cleaned.installation_id:
                cleaned = replace(cleaned, installation_id=str(uuid.uuid4()))
            put_setting(
                s,
                KEY,
                {**asdict(cleaned), "level": cleaned.level.value, "groups": list(cleaned.groups)},
            )
        return cleaned, Changes.of(Kind.INSTALLATION)

    def clean(self, inst: Installation) -> Installation:
        province = self.gazetteer.province(inst.province_code) if inst.province_code else None
        commune = self.gazetteer.commune(inst.commune_code) if inst.commune_code else None
        groups = tuple(dict.fromkeys(g for g in (nfc(x) for x in inst.groups) if g))
        unit_name = nfc(inst.unit_name)
        if inst.level is Level.COMMUNE and not unit_name and commune:
            unit_name = commune.name
        if inst.level is Level.PROVINCE and not unit_name and province:
            unit_name = province.name
        unit_code = nfc(inst.unit_code) or suggested_unit_code(
            inst.level, inst.province_code, inst.commune_code, unit_name
        )
        return replace(
            inst,
            unit_code=unit_code,
            unit_name=unit_name,
            association_name=nfc(inst.association_name),
            province_name=province.name if province else nfc(inst.province_name),
            commune_name=commune.name if commune else nfc(inst.commune_name),
            gazetteer_version=self.gazetteer.version if (province or commune) else "",
            groups=groups,
        )

    def validate(self, inst: Installation) -> list[Issue]:
        issues: list[Issue] = []
        if inst.province_code and self.gazetteer.province(inst.province_code) is None:
            issues.append(
                Issue("province_code", "unit.unknown_province", {"code": inst.province_code})
            )
        if inst.commune_code:
            commune = self.gazetteer.commune(inst.commune_code)
            if commune is None:
                issues.append(
                    Issue("commune_code", "unit.unknown_commune", {"code": inst.commune_code})
                )
            elif inst.province_code and commune.parent_code != inst.province_code:
                issues.append(
                    Issue(
                        "commune_code", "unit.commune_not_in_province", {"code": inst.commune_code}
                    )
                )
        if (
            inst.level is not Level.PROVINCE
            and inst.level is not Level.BRANCH
            and not inst.commune_code
        ):
            issues.append(Issue("commune_code", "unit.commune_required"))
        if inst.level is Level.PROVINCE and not inst.province_code:
            issues.append(Issue("province_code", "unit.province_required"))
        if not inst.unit_name:
            issues.append(Issue("unit_name", "name.required"))
        if not inst.association_name:
            issues.append(Issue("association_name", "name.required"))
        if not _UNIT_CODE.fullmatch(inst.unit_code):
            issues.append(Issue("unit_code", "unit.bad_code"))
        if inst.level is Level.BRANCH and not inst.groups:
            issues.append(Issue("groups", "unit.groups_required"))
        return issues
