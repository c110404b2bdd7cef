"""CID 3418 Lesion Risk.

Extensible, version 20030327, UID 1.2.840.10008.6.1.82.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3418
NAME: _Final[str] = "Lesion Risk"
KEYWORD: _Final[str | None] = "LesionRisk"
UID: _Final[str | None] = "1.2.840.10008.6.1.82"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LowRiskLesion: _Final[_Code] = _Code("NCDR", "111-1", "Low Risk Lesion", (3418,))
"""Low Risk Lesion (NCDR 111-1)."""

ModerateRiskLesion: _Final[_Code] = _Code("NCDR", "111-2", "Moderate Risk Lesion", (3418,))
"""Moderate Risk Lesion (NCDR 111-2)."""

HighRiskLesion: _Final[_Code] = _Code("NCDR", "111-3", "High Risk Lesion", (3418,))
"""High Risk Lesion (NCDR 111-3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LowRiskLesion, ModerateRiskLesion, HighRiskLesion)
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
