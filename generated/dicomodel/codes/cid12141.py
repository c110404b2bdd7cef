"""CID 12141 Fetal Vasculature Anatomical Location.

Extensible, version 20040322, UID 1.2.840.10008.6.1.592.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12141
NAME: _Final[str] = "Fetal Vasculature Anatomical Location"
KEYWORD: _Final[str | None] = "FetalVasculatureAnatomicalLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.592"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040322"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003)."""

DescendingAorta: _Final[_Code] = _Code("SCT", "281130003", "Descending Aorta", (6117, 12141))
"""Descending Aorta (SCT 281130003)."""

MiddleCerebralArtery: _Final[_Code] = _Code(
    "SCT", "17232002", "Middle Cerebral Artery", (12105, 12141)
)
"""Middle Cerebral Artery (SCT 17232002)."""

PulmonaryVein: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary Vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary Vein (SCT 122972007)."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary Artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary Artery (SCT 81040000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Aorta,
    DescendingAorta,
    MiddleCerebralArtery,
    PulmonaryVein,
    PulmonaryArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
