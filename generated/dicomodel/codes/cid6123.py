"""CID 6123 Chest Opacity Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.443.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6123
NAME: Final[str] = "Chest Opacity Descriptor"
KEYWORD: Final[str | None] = "ChestOpacityDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.443"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Acinar: Final[Code] = Code("DCM", "112146", "Acinar", (6123,))
"""Acinar (DCM 112146)."""

AirSpace: Final[Code] = Code("DCM", "112147", "Air space", (6123,))
"""Air space (DCM 112147)."""

Fibronodular: Final[Code] = Code("DCM", "112148", "Fibronodular", (6123,))
"""Fibronodular (DCM 112148)."""

Fluffy: Final[Code] = Code("DCM", "112149", "Fluffy", (6123,))
"""Fluffy (DCM 112149)."""

Linear: Final[Code] = Code("DCM", "112150", "Linear", (6123, 6340))
"""Linear (DCM 112150)."""

Profusion: Final[Code] = Code("DCM", "112151", "Profusion", (6123,))
"""Profusion (DCM 112151)."""

SilhouetteSign: Final[Code] = Code("DCM", "112152", "Silhouette sign", (6123,))
"""Silhouette sign (DCM 112152)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Acinar,
    AirSpace,
    Fibronodular,
    Fluffy,
    Linear,
    Profusion,
    SilhouetteSign,
)
"""The resolved membership: own members, then those of the included groups, in order."""
