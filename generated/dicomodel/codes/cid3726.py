"""CID 3726 Coronary Intervention Indication.

Extensible, version 20030327, UID 1.2.840.10008.6.1.226.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3726
NAME: _Final[str] = "Coronary Intervention Indication"
KEYWORD: _Final[str | None] = "CoronaryInterventionIndication"
UID: _Final[str | None] = "1.2.840.10008.6.1.226"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CoronaryLesionGreaterThanEquals50PercentStenosis: _Final[_Code] = _Code(
    "DCM", "122171", "Coronary lesion > = 50% stenosis", (3726,)
)
"""Coronary lesion > = 50% stenosis (DCM 122171)."""

CardiogenicShock: _Final[_Code] = _Code(
    "SCT", "89138009", "Cardiogenic Shock", (3700, 3726, 3727, 3755)
)
"""Cardiogenic Shock (SCT 89138009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CoronaryLesionGreaterThanEquals50PercentStenosis,
    CardiogenicShock,
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
