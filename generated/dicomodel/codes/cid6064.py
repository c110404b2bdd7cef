"""CID 6064 Ultrasound Finding for Breast.

Extensible, version 20160314, UID 1.2.840.10008.6.1.393.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6064
NAME: _Final[str] = "Ultrasound Finding for Breast"
KEYWORD: _Final[str | None] = "UltrasoundFindingForBreast"
UID: _Final[str | None] = "1.2.840.10008.6.1.393"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UltrasoundScanNormal: _Final[_Code] = _Code("SCT", "169254007", "Ultrasound scan normal", (6064,))
"""Ultrasound scan normal (SCT 169254007)."""

CystOfBreast: _Final[_Code] = _Code("SCT", "399294002", "Cyst of breast", (6031, 6064))
"""Cyst of breast (SCT 399294002)."""

ComplexCyst: _Final[_Code] = _Code("DCM", "111460", "Complex cyst", (6064,))
"""Complex cyst (DCM 111460)."""

IntracysticLesion: _Final[_Code] = _Code("DCM", "111461", "Intracystic lesion", (6064,))
"""Intracystic lesion (DCM 111461)."""

MammaryDuctEctasia: _Final[_Code] = _Code(
    "SCT", "22049009", "Mammary duct ectasia", (6031, 6057, 6064)
)
"""Mammary duct ectasia (SCT 22049009)."""

SolidMass: _Final[_Code] = _Code("DCM", "111462", "Solid mass", (6064,))
"""Solid mass (DCM 111462)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

SebaceousCystOfSkinOfBreast: _Final[_Code] = _Code(
    "SCT", "76649007", "Sebaceous cyst of skin of breast", (6064,)
)
"""Sebaceous cyst of skin of breast (SCT 76649007)."""

ClusteredMicrocysts: _Final[_Code] = _Code("DCM", "111129", "Clustered microcysts", (6064,))
"""Clustered microcysts (DCM 111129)."""

ComplicatedCyst: _Final[_Code] = _Code("DCM", "111130", "Complicated cyst", (6064,))
"""Complicated cyst (DCM 111130)."""

ForeignBody: _Final[_Code] = _Code("SCT", "19227008", "Foreign body", (6064, 6122, 7158))
"""Foreign body (SCT 19227008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    UltrasoundScanNormal,
    CystOfBreast,
    ComplexCyst,
    IntracysticLesion,
    MammaryDuctEctasia,
    SolidMass,
    LymphNode,
    SebaceousCystOfSkinOfBreast,
    ClusteredMicrocysts,
    ComplicatedCyst,
    ForeignBody,
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
