"""CID 6108 Chest Anatomic Structure Abnormal Distribution.

Extensible, version 20030108, UID 1.2.840.10008.6.1.428.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6108
NAME: Final[str] = "Chest Anatomic Structure Abnormal Distribution"
KEYWORD: Final[str | None] = "ChestAnatomicStructureAbnormalDistribution"
UID: Final[str | None] = "1.2.840.10008.6.1.428"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AirTrapping: Final[Code] = Code("SCT", "76171001", "Air-trapping", (6105, 6108))
"""Air-trapping (SCT 76171001)."""

ArchitecturalDistortion: Final[Code] = Code("DCM", "112079", "Architectural distortion", (6108,))
"""Architectural distortion (DCM 112079)."""

MosaicPerfusion: Final[Code] = Code("DCM", "112080", "Mosaic perfusion", (6108,))
"""Mosaic perfusion (DCM 112080)."""

Oligemia: Final[Code] = Code("DCM", "112060", "Oligemia", (6108,))
"""Oligemia (DCM 112060)."""

Pleonemia: Final[Code] = Code("DCM", "112081", "Pleonemia", (6108,))
"""Pleonemia (DCM 112081)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AirTrapping,
    ArchitecturalDistortion,
    MosaicPerfusion,
    Oligemia,
    Pleonemia,
)
"""The resolved membership: own members, then those of the included groups, in order."""
