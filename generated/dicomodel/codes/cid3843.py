"""CID 3843 Myocardial Subsegment.

Extensible, version 20051103, UID 1.2.840.10008.6.1.291.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3843
NAME: Final[str] = "Myocardial Subsegment"
KEYWORD: Final[str | None] = "MyocardialSubsegment"
UID: Final[str | None] = "1.2.840.10008.6.1.291"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Endocardial: Final[Code] = Code("SCT", "304059001", "endocardial", (3843,))
"""endocardial (SCT 304059001)."""

Epicardial: Final[Code] = Code("SCT", "261073003", "epicardial", (3843,))
"""epicardial (SCT 261073003)."""

MEMBERS: Final[tuple[Code, ...]] = (Endocardial, Epicardial)
"""The resolved membership: own members, then those of the included groups, in order."""
