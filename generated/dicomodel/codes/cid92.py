"""CID 92 Joint Position During Acquisition.

Extensible, version 20100625, UID 1.2.840.10008.6.1.892.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 92
NAME: Final[str] = "Joint Position During Acquisition"
KEYWORD: Final[str | None] = "JointPositionDuringAcquisition"
UID: Final[str | None] = "1.2.840.10008.6.1.892"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100625"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NeutralMusculoskeletalPosition: Final[Code] = Code(
    "DCM", "109136", "Neutral musculoskeletal position", (92,)
)
"""Neutral musculoskeletal position (DCM 109136)."""

Flexion: Final[Code] = Code("SCT", "9964006", "Flexion", (92,))
"""Flexion (SCT 9964006)."""

Extension: Final[Code] = Code("SCT", "24154002", "Extension", (92,))
"""Extension (SCT 24154002)."""

Abduction: Final[Code] = Code("SCT", "60074003", "Abduction", (92,))
"""Abduction (SCT 60074003)."""

Adduction: Final[Code] = Code("SCT", "11554009", "Adduction", (92,))
"""Adduction (SCT 11554009)."""

InternalRotation: Final[Code] = Code("SCT", "12852001", "Internal rotation", (92,))
"""Internal rotation (SCT 12852001)."""

ExternalRotation: Final[Code] = Code("SCT", "52019005", "External rotation", (92,))
"""External rotation (SCT 52019005)."""

Supination: Final[Code] = Code("SCT", "14502000", "Supination", (92,))
"""Supination (SCT 14502000)."""

Pronation: Final[Code] = Code("SCT", "88241000", "Pronation", (92,))
"""Pronation (SCT 88241000)."""

Torsion: Final[Code] = Code("SCT", "51795009", "Torsion", (92,))
"""Torsion (SCT 51795009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NeutralMusculoskeletalPosition,
    Flexion,
    Extension,
    Abduction,
    Adduction,
    InternalRotation,
    ExternalRotation,
    Supination,
    Pronation,
    Torsion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
