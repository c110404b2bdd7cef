"""CID 9547 RT Beam Limiting Device Orientation Label.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1294.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9547
NAME: Final[str] = "RT Beam Limiting Device Orientation Label"
KEYWORD: Final[str | None] = "RTBeamLimitingDeviceOrientationLabel"
UID: Final[str | None] = "1.2.840.10008.6.1.1294"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

XOrientation: Final[Code] = Code("DCM", "130334", "X Orientation", (9547,))
"""X Orientation (DCM 130334)."""

YOrientation: Final[Code] = Code("DCM", "130335", "Y Orientation", (9547,))
"""Y Orientation (DCM 130335)."""

MEMBERS: Final[tuple[Code, ...]] = (XOrientation, YOrientation)
"""The resolved membership: own members, then those of the included groups, in order."""
