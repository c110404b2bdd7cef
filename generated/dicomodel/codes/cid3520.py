"""CID 3520 Blood Source Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.137.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3520
NAME: _Final[str] = "Blood Source Type"
KEYWORD: _Final[str | None] = "BloodSourceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.137"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SystemicArteryBlood: _Final[_Code] = _Code("SCT", "371952000", "Systemic Artery Blood", (3520,))
"""Systemic Artery Blood (SCT 371952000)."""

MixedVenousBlood: _Final[_Code] = _Code("SCT", "116176007", "Mixed Venous Blood", (3520,))
"""Mixed Venous Blood (SCT 116176007)."""

PulmonaryArteryBlood: _Final[_Code] = _Code("SCT", "371953005", "Pulmonary Artery Blood", (3520,))
"""Pulmonary Artery Blood (SCT 371953005)."""

PulmonaryVeinBlood: _Final[_Code] = _Code("SCT", "371954004", "Pulmonary Vein Blood", (3520,))
"""Pulmonary Vein Blood (SCT 371954004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SystemicArteryBlood,
    MixedVenousBlood,
    PulmonaryArteryBlood,
    PulmonaryVeinBlood,
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
