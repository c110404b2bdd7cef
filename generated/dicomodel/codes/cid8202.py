"""CID 8202 Surface Scan Mode Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.954.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8202
NAME: Final[str] = "Surface Scan Mode Type"
KEYWORD: Final[str | None] = "SurfaceScanModeType"
UID: Final[str | None] = "1.2.840.10008.6.1.954"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20121129"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TurntableScanMethod: Final[Code] = Code("DCM", "114209", "Turntable Scan Method", (8202,))
"""Turntable Scan Method (DCM 114209)."""

HighResolution: Final[Code] = Code("DCM", "114210", "High resolution", (8202,))
"""High resolution (DCM 114210)."""

FastMode: Final[Code] = Code("DCM", "114211", "Fast mode", (8202,))
"""Fast mode (DCM 114211)."""

Checkerboard: Final[Code] = Code("DCM", "114216", "Checkerboard", (8202,))
"""Checkerboard (DCM 114216)."""

MEMBERS: Final[tuple[Code, ...]] = (TurntableScanMethod, HighResolution, FastMode, Checkerboard)
"""The resolved membership: own members, then those of the included groups, in order."""
