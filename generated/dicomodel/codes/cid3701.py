"""CID 3701 Cardiac Valve/Tract.

Extensible, version 20030327, UID 1.2.840.10008.6.1.204.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3701
NAME: _Final[str] = "Cardiac Valve/Tract"
KEYWORD: _Final[str | None] = "CardiacValveTract"
UID: _Final[str | None] = "1.2.840.10008.6.1.204"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007)."""

AorticValve: _Final[_Code] = _Code(
    "SCT", "34202007", "Aortic Valve", (3610, 3701, 12288, 12289, 12305)
)
"""Aortic Valve (SCT 34202007)."""

TricuspidValve: _Final[_Code] = _Code(
    "SCT", "46030003", "Tricuspid valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid valve (SCT 46030003)."""

PulmonaryValve: _Final[_Code] = _Code(
    "SCT", "39057004", "Pulmonary valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonary valve (SCT 39057004)."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left ventricle outflow tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left ventricle outflow tract (SCT 13418002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MitralValve,
    AorticValve,
    TricuspidValve,
    PulmonaryValve,
    LeftVentricleOutflowTract,
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
