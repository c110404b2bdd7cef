"""CID 6072 Breast Implant Finding.

Extensible, version 20040112, UID 1.2.840.10008.6.1.401.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6072
NAME: Final[str] = "Breast Implant Finding"
KEYWORD: Final[str | None] = "BreastImplantFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.401"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalImplants: Final[Code] = Code("DCM", "111503", "Normal implants", (6072,))
"""Normal implants (DCM 111503)."""

AsymmetricImplants: Final[Code] = Code("DCM", "111504", "Asymmetric implants", (6072,))
"""Asymmetric implants (DCM 111504)."""

CalcifiedImplant: Final[Code] = Code("DCM", "111505", "Calcified implant", (6072,))
"""Calcified implant (DCM 111505)."""

DistortedImplant: Final[Code] = Code("DCM", "111506", "Distorted implant", (6072,))
"""Distorted implant (DCM 111506)."""

SiliconeLadenLymphNodes: Final[Code] = Code("DCM", "111507", "Silicone-laden lymph nodes", (6072,))
"""Silicone-laden lymph nodes (DCM 111507)."""

FreeSilicone: Final[Code] = Code("DCM", "111508", "Free silicone", (6072,))
"""Free silicone (DCM 111508)."""

HerniatedImplant: Final[Code] = Code("DCM", "111509", "Herniated implant", (6072,))
"""Herniated implant (DCM 111509)."""

RuptureOfBreastImplant: Final[Code] = Code("SCT", "237473006", "Rupture of breast implant", (6072,))
"""Rupture of breast implant (SCT 237473006)."""

Explantation: Final[Code] = Code("DCM", "111510", "Explantation", (6072,))
"""Explantation (DCM 111510)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
