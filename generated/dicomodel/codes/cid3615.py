"""CID 3615 Valve Area.

Extensible, version 20030327, UID 1.2.840.10008.6.1.165.
Includes CID 3614.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3615
NAME: _Final[str] = "Valve Area"
KEYWORD: _Final[str | None] = "ValveArea"
UID: _Final[str | None] = "1.2.840.10008.6.1.165"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = (3614,)
EXTERNAL_SCHEME: _Final[str | None] = None

MitralValveArea: _Final[_Code] = _Code("SCT", "251012002", "Mitral Valve Area", (3615,))
"""Mitral Valve Area (SCT 251012002)."""

AorticValveArea: _Final[_Code] = _Code("SCT", "251011009", "Aortic Valve Area", (3614,))
"""Aortic Valve Area (SCT 251011009). Included from CID 3614."""

PulmonicValveArea: _Final[_Code] = _Code("SCT", "251013007", "Pulmonic Valve Area", (3614,))
"""Pulmonic Valve Area (SCT 251013007). Included from CID 3614."""

TricuspidValveArea: _Final[_Code] = _Code("SCT", "251014001", "Tricuspid Valve Area", (3614,))
"""Tricuspid Valve Area (SCT 251014001). Included from CID 3614."""

DerivedNonValveArea: _Final[_Code] = _Code("DCM", "122160", "Derived Non-Valve Area", (3614,))
"""Derived Non-Valve Area (DCM 122160). Included from CID 3614."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MitralValveArea,
    AorticValveArea,
    PulmonicValveArea,
    TricuspidValveArea,
    DerivedNonValveArea,
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
