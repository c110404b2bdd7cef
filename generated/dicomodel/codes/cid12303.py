"""CID 12303 Echo Measurement Type.

Non-extensible, version 20161109, UID 1.2.840.10008.6.1.1144.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12303
NAME: Final[str] = "Echo Measurement Type"
KEYWORD: Final[str | None] = "EchoMeasurementType"
UID: Final[str | None] = "1.2.840.10008.6.1.1144"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20161109"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Indexed: Final[Code] = Code("DCM", "125313", "Indexed", (12303,))
"""Indexed (DCM 125313)."""

Ratio: Final[Code] = Code("SCT", "118586006", "Ratio", (12303,))
"""Ratio (SCT 118586006)."""

FractionalChange: Final[Code] = Code("DCM", "125314", "Fractional Change", (12303,))
"""Fractional Change (DCM 125314)."""

Calculated: Final[Code] = Code("DCM", "125315", "Calculated", (12303,))
"""Calculated (DCM 125315)."""

ManualEntry: Final[Code] = Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

DirectlyMeasured: Final[Code] = Code("DCM", "125316", "Directly measured", (12227, 12303))
"""Directly measured (DCM 125316)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Indexed,
    Ratio,
    FractionalChange,
    Calculated,
    ManualEntry,
    DirectlyMeasured,
)
"""The resolved membership: own members, then those of the included groups, in order."""
