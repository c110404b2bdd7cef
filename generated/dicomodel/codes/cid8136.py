"""CID 8136 Microscopy Measurement Type.

Extensible, version 20210712, UID 1.2.840.10008.6.1.1366.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8136
NAME: Final[str] = "Microscopy Measurement Type"
KEYWORD: Final[str | None] = "MicroscopyMeasurementType"
UID: Final[str | None] = "1.2.840.10008.6.1.1366"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210712"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Area: Final[Code] = Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

MEMBERS: Final[tuple[Code, ...]] = (Area,)
"""The resolved membership: own members, then those of the included groups, in order."""
