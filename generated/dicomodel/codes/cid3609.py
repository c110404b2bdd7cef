"""CID 3609 Ventricular Source Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.159.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3609
NAME: _Final[str] = "Ventricular Source Location"
KEYWORD: _Final[str | None] = "VentricularSourceLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.159"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CommonVentricle: _Final[_Code] = _Code(
    "SCT", "45503006", "Common ventricle", (3010, 3011, 3609, 12287)
)
"""Common ventricle (SCT 45503006)."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left ventricle (SCT 87878005)."""

LeftVentricleApex: _Final[_Code] = _Code(
    "SCT", "128564006", "Left ventricle apex", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Left ventricle apex (SCT 128564006)."""

LeftVentricleInflow: _Final[_Code] = _Code(
    "SCT", "70238003", "Left ventricle inflow", (3010, 3011, 3609)
)
"""Left ventricle inflow (SCT 70238003)."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left ventricle outflow tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left ventricle outflow tract (SCT 13418002)."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right ventricle (SCT 53085002)."""

RightVentricleApex: _Final[_Code] = _Code(
    "SCT", "128565007", "Right ventricle apex", (3010, 3011, 3609, 12305)
)
"""Right ventricle apex (SCT 128565007)."""

RightVentricleInflow: _Final[_Code] = _Code(
    "SCT", "8017000", "Right ventricle inflow", (3010, 3011, 3609)
)
"""Right ventricle inflow (SCT 8017000)."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right ventricle outflow tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right ventricle outflow tract (SCT 44627009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CommonVentricle,
    LeftVentricle,
    LeftVentricleApex,
    LeftVentricleInflow,
    LeftVentricleOutflowTract,
    RightVentricle,
    RightVentricleApex,
    RightVentricleInflow,
    RightVentricleOutflowTract,
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
