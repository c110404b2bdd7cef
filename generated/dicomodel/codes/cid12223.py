"""CID 12223 Echocardiography Stroke Volume Origin.

Extensible, version 20030918, UID 1.2.840.10008.6.1.615.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12223
NAME: _Final[str] = "Echocardiography Stroke Volume Origin"
KEYWORD: _Final[str | None] = "EchocardiographyStrokeVolumeOrigin"
UID: _Final[str | None] = "1.2.840.10008.6.1.615"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left Ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left Ventricle (SCT 87878005)."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left Ventricle Outflow Tract (SCT 13418002)."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right Ventricle Outflow Tract (SCT 44627009)."""

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007)."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricle,
    LeftVentricleOutflowTract,
    RightVentricleOutflowTract,
    MitralValve,
    Aorta,
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
