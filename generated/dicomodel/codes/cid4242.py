"""CID 4242 Cornea Measurement Method Descriptor.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1275.
Includes CID 4235.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4242
NAME: Final[str] = "Cornea Measurement Method Descriptor"
KEYWORD: Final[str | None] = "CorneaMeasurementMethodDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.1275"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190124"
INCLUDES: Final[tuple[int, ...]] = (4235,)
EXTERNAL_SCHEME: Final[str | None] = None

TotalCorneaPowerMeasurementMethod: Final[Code] = Code(
    "DCM", "111758", "Total Cornea Power Measurement Method", (4242,)
)
"""Total Cornea Power Measurement Method (DCM 111758)."""

PosteriorCorneaSurfaceMeasurementMethod: Final[Code] = Code(
    "DCM", "111759", "Posterior Cornea Surface Measurement Method", (4242,)
)
"""Posterior Cornea Surface Measurement Method (DCM 111759)."""

ManualKeratometry: Final[Code] = Code("DCM", "111753", "Manual Keratometry", (4235,))
"""Manual Keratometry (DCM 111753). Included from CID 4235."""

AutoKeratometry: Final[Code] = Code("DCM", "111754", "Auto Keratometry", (4235,))
"""Auto Keratometry (DCM 111754). Included from CID 4235."""

SimulatedKeratometry: Final[Code] = Code("DCM", "111755", "Simulated Keratometry", (4235,))
"""Simulated Keratometry (DCM 111755). Included from CID 4235."""

EquivalentKReading: Final[Code] = Code("DCM", "111756", "Equivalent K-reading", (4235,))
"""Equivalent K-reading (DCM 111756). Included from CID 4235."""

MEMBERS: Final[tuple[Code, ...]] = (
    TotalCorneaPowerMeasurementMethod,
    PosteriorCorneaSurfaceMeasurementMethod,
    ManualKeratometry,
    AutoKeratometry,
    SimulatedKeratometry,
    EquivalentKReading,
)
"""The resolved membership: own members, then those of the included groups, in order."""
