"""CID 4235 Keratometry Descriptor.

Extensible, version 20100623, UID 1.2.840.10008.6.1.881.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4235
NAME: Final[str] = "Keratometry Descriptor"
KEYWORD: Final[str | None] = "KeratometryDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.881"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ManualKeratometry: Final[Code] = Code("DCM", "111753", "Manual Keratometry", (4235,))
"""Manual Keratometry (DCM 111753)."""

AutoKeratometry: Final[Code] = Code("DCM", "111754", "Auto Keratometry", (4235,))
"""Auto Keratometry (DCM 111754)."""

SimulatedKeratometry: Final[Code] = Code("DCM", "111755", "Simulated Keratometry", (4235,))
"""Simulated Keratometry (DCM 111755)."""

EquivalentKReading: Final[Code] = Code("DCM", "111756", "Equivalent K-reading", (4235,))
"""Equivalent K-reading (DCM 111756)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ManualKeratometry,
    AutoKeratometry,
    SimulatedKeratometry,
    EquivalentKReading,
)
"""The resolved membership: own members, then those of the included groups, in order."""
