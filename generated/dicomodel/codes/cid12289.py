"""CID 12289 Cardiac Ultrasound Semilunar Valve, Annulus and Sinus Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.869.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12289
NAME: _Final[str] = "Cardiac Ultrasound Semilunar Valve, Annulus and Sinus Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundSemilunarValveAnnulusAndSinusFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.869"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AorticValve: _Final[_Code] = _Code(
    "SCT", "34202007", "Aortic Valve", (3610, 3701, 12288, 12289, 12305)
)
"""Aortic Valve (SCT 34202007)."""

RootOfAorta: _Final[_Code] = _Code("SCT", "8128003", "Root of Aorta", (12289, 12291, 12305))
"""Root of Aorta (SCT 8128003)."""

PulmonicValve: _Final[_Code] = _Code(
    "SCT", "39057004", "Pulmonic Valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonic Valve (SCT 39057004)."""

TruncalValveStructure: _Final[_Code] = _Code(
    "SCT", "279317000", "Truncal Valve Structure", (12289,)
)
"""Truncal Valve Structure (SCT 279317000)."""

NeoaorticValve: _Final[_Code] = _Code("SCT", "443283007", "Neoaortic Valve", (12289,))
"""Neoaortic Valve (SCT 443283007)."""

NeoaorticRoot: _Final[_Code] = _Code("SCT", "443726001", "Neoaortic Root", (12289,))
"""Neoaortic Root (SCT 443726001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AorticValve,
    RootOfAorta,
    PulmonicValve,
    TruncalValveStructure,
    NeoaorticValve,
    NeoaorticRoot,
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
