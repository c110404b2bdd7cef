"""CID 12032 Transducer Scan Pattern.

Extensible, version 20090409, UID 1.2.840.10008.6.1.807.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12032
NAME: Final[str] = "Transducer Scan Pattern"
KEYWORD: Final[str | None] = "TransducerScanPattern"
UID: Final[str | None] = "1.2.840.10008.6.1.807"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090409"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LineScanPattern: Final[Code] = Code("DCM", "125240", "Line scan pattern", (12032,))
"""Line scan pattern (DCM 125240)."""

PlaneScanPattern: Final[Code] = Code("DCM", "125241", "Plane scan pattern", (12032,))
"""Plane scan pattern (DCM 125241)."""

VolumeScanPattern: Final[Code] = Code("DCM", "125242", "Volume scan pattern", (12032,))
"""Volume scan pattern (DCM 125242)."""

MEMBERS: Final[tuple[Code, ...]] = (LineScanPattern, PlaneScanPattern, VolumeScanPattern)
"""The resolved membership: own members, then those of the included groups, in order."""
