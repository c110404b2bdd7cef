"""CID 3719 Canadian Clinical Classification.

Extensible, version 20070827, UID 1.2.840.10008.6.1.220.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3719
NAME: _Final[str] = "Canadian Clinical Classification"
KEYWORD: _Final[str | None] = "CanadianClinicalClassification"
UID: _Final[str | None] = "1.2.840.10008.6.1.220"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ChestPainNotPresent: _Final[_Code] = _Code(
    "SCT", "161971004", "Chest pain not present", (3202, 3719)
)
"""Chest pain not present (SCT 161971004)."""

AnginaClassI: _Final[_Code] = _Code("SCT", "61490001", "Angina Class I", (3719,))
"""Angina Class I (SCT 61490001)."""

AnginaClassII: _Final[_Code] = _Code("SCT", "41334000", "Angina Class II", (3719,))
"""Angina Class II (SCT 41334000)."""

AnginaClassIII: _Final[_Code] = _Code("SCT", "85284003", "Angina Class III", (3719,))
"""Angina Class III (SCT 85284003)."""

AnginaClassIV: _Final[_Code] = _Code("SCT", "89323001", "Angina Class IV", (3719,))
"""Angina Class IV (SCT 89323001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ChestPainNotPresent,
    AnginaClassI,
    AnginaClassII,
    AnginaClassIII,
    AnginaClassIV,
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
