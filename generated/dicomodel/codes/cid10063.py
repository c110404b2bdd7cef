"""CID 10063 Radiation Dose Estimate Distribution Representation.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1157.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10063
NAME: Final[str] = "Radiation Dose Estimate Distribution Representation"
KEYWORD: Final[str | None] = "RadiationDoseEstimateDistributionRepresentation"
UID: Final[str | None] = "1.2.840.10008.6.1.1157"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Isodose: Final[Code] = Code("DCM", "128484", "Isodose", (10063,))
"""Isodose (DCM 128484)."""

SkinDoseMap: Final[Code] = Code("DCM", "128485", "Skin Dose Map", (10063,))
"""Skin Dose Map (DCM 128485)."""

_3DDoseMap: Final[Code] = Code("DCM", "128487", "3D Dose Map", (10063,))
"""3D Dose Map (DCM 128487)."""

DoseGradient: Final[Code] = Code("DCM", "128488", "Dose Gradient", (10063,))
"""Dose Gradient (DCM 128488)."""

DosePointCloud: Final[Code] = Code("DCM", "128496", "Dose Point Cloud", (10063,))
"""Dose Point Cloud (DCM 128496)."""

DoseImage: Final[Code] = Code("DCM", "121342", "Dose Image", (10063,))
"""Dose Image (DCM 121342)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Isodose,
    SkinDoseMap,
    _3DDoseMap,
    DoseGradient,
    DosePointCloud,
    DoseImage,
)
"""The resolved membership: own members, then those of the included groups, in order."""
