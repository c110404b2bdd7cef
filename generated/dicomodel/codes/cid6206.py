"""CID 6206 Recumbent Patient Orientation for Colon.

Extensible, version 20090402, UID 1.2.840.10008.6.1.793.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6206
NAME: _Final[str] = "Recumbent Patient Orientation for Colon"
KEYWORD: _Final[str | None] = "RecumbentPatientOrientationForColon"
UID: _Final[str | None] = "1.2.840.10008.6.1.793"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Prone: _Final[_Code] = _Code("SCT", "1240000", "Prone", (20, 6206))
"""Prone (SCT 1240000)."""

Supine: _Final[_Code] = _Code("SCT", "40199007", "Supine", (20, 3262, 3602, 6206))
"""Supine (SCT 40199007)."""

RightLateralDecubitus: _Final[_Code] = _Code(
    "SCT", "102535000", "right lateral decubitus", (20, 6206)
)
"""right lateral decubitus (SCT 102535000)."""

LeftLateralDecubitus: _Final[_Code] = _Code(
    "SCT", "102536004", "left lateral decubitus", (20, 6206)
)
"""left lateral decubitus (SCT 102536004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Prone, Supine, RightLateralDecubitus, LeftLateralDecubitus)
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
