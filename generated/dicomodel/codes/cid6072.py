"""CID 6072 Breast Implant Finding.

Extensible, version 20040112, UID 1.2.840.10008.6.1.401.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6072
NAME: _Final[str] = "Breast Implant Finding"
KEYWORD: _Final[str | None] = "BreastImplantFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.401"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalImplants: _Final[_Code] = _Code("DCM", "111503", "Normal implants", (6072,))
"""Normal implants (DCM 111503)."""

AsymmetricImplants: _Final[_Code] = _Code("DCM", "111504", "Asymmetric implants", (6072,))
"""Asymmetric implants (DCM 111504)."""

CalcifiedImplant: _Final[_Code] = _Code("DCM", "111505", "Calcified implant", (6072,))
"""Calcified implant (DCM 111505)."""

DistortedImplant: _Final[_Code] = _Code("DCM", "111506", "Distorted implant", (6072,))
"""Distorted implant (DCM 111506)."""

SiliconeLadenLymphNodes: _Final[_Code] = _Code(
    "DCM", "111507", "Silicone-laden lymph nodes", (6072,)
)
"""Silicone-laden lymph nodes (DCM 111507)."""

FreeSilicone: _Final[_Code] = _Code("DCM", "111508", "Free silicone", (6072,))
"""Free silicone (DCM 111508)."""

HerniatedImplant: _Final[_Code] = _Code("DCM", "111509", "Herniated implant", (6072,))
"""Herniated implant (DCM 111509)."""

RuptureOfBreastImplant: _Final[_Code] = _Code(
    "SCT", "237473006", "Rupture of breast implant", (6072,)
)
"""Rupture of breast implant (SCT 237473006)."""

Explantation: _Final[_Code] = _Code("DCM", "111510", "Explantation", (6072,))
"""Explantation (DCM 111510)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalImplants,
    AsymmetricImplants,
    CalcifiedImplant,
    DistortedImplant,
    SiliconeLadenLymphNodes,
    FreeSilicone,
    HerniatedImplant,
    RuptureOfBreastImplant,
    Explantation,
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
