"""CID 10004 Fluoro Mode.

Extensible, version 20051101, UID 1.2.840.10008.6.1.538.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10004
NAME: Final[str] = "Fluoro Mode"
KEYWORD: Final[str | None] = "FluoroMode"
UID: Final[str | None] = "1.2.840.10008.6.1.538"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051101"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Continuous: Final[Code] = Code("DCM", "113630", "Continuous", (10004,))
"""Continuous (DCM 113630)."""

Pulsed: Final[Code] = Code("DCM", "113631", "Pulsed", (10004,))
"""Pulsed (DCM 113631)."""

MEMBERS: Final[tuple[Code, ...]] = (Continuous, Pulsed)
"""The resolved membership: own members, then those of the included groups, in order."""
