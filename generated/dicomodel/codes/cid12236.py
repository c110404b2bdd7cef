"""CID 12236 Echocardiography Anatomic Site.

Extensible, version 20110818, UID 1.2.840.10008.6.1.627.
Includes CID 12235, CID 12223, CID 12241, CID 12242, CID 12243, CID 12244.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12236
NAME: _Final[str] = "Echocardiography Anatomic Site"
KEYWORD: _Final[str | None] = "EchocardiographyAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.627"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110818"
INCLUDES: _Final[tuple[int, ...]] = (12235, 12223, 12241, 12242, 12243, 12244)
EXTERNAL_SCHEME: _Final[str | None] = None

ThoracicAorticCoarctation: _Final[_Code] = _Code(
    "SCT", "253678000", "Thoracic Aortic Coarctation", (12236,)
)
"""Thoracic Aortic Coarctation (SCT 253678000)."""

PericardialEffusion: _Final[_Code] = _Code("SCT", "373945007", "Pericardial effusion", (12236,))
"""Pericardial effusion (SCT 373945007)."""

MedialMitralAnnulus: _Final[_Code] = _Code(
    "SCT", "399093001", "Medial Mitral Annulus", (12235, 12305)
)
"""Medial Mitral Annulus (SCT 399093001). Included from CID 12235."""

LateralMitralAnnulus: _Final[_Code] = _Code(
    "SCT", "399086000", "Lateral Mitral Annulus", (12235, 12305)
)
"""Lateral Mitral Annulus (SCT 399086000). Included from CID 12235."""

MitralAnnulus: _Final[_Code] = _Code("SCT", "65197004", "Mitral Annulus", (3011, 12235, 12305))
"""Mitral Annulus (SCT 65197004). Included from CID 12235."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left Ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left Ventricle (SCT 87878005). Included from CID 12223."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left Ventricle Outflow Tract (SCT 13418002). Included from CID 12223."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right Ventricle Outflow Tract (SCT 44627009). Included from CID 12223."""

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007). Included from CID 12223."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003). Included from CID 12223."""

TricuspidAnnulus: _Final[_Code] = _Code(
    "SCT", "113259005", "Tricuspid Annulus", (3011, 12241, 12305)
)
"""Tricuspid Annulus (SCT 113259005). Included from CID 12241."""

AorticValveRing: _Final[_Code] = _Code("SCT", "77583004", "Aortic Valve Ring", (12242, 12305))
"""Aortic Valve Ring (SCT 77583004). Included from CID 12242."""

VentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30288003", "Ventricular Septal Defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular Septal Defect (SCT 30288003). Included from CID 12244."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008). Included from CID 12244."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ThoracicAorticCoarctation,
    PericardialEffusion,
    MedialMitralAnnulus,
    LateralMitralAnnulus,
    MitralAnnulus,
    LeftVentricle,
    LeftVentricleOutflowTract,
    RightVentricleOutflowTract,
    MitralValve,
    Aorta,
    TricuspidAnnulus,
    AorticValveRing,
    VentricularSeptalDefect,
    AtrialSeptalDefect,
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
