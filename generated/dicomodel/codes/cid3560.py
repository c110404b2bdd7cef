"""CID 3560 Blood Pressure Method.

Extensible, version 20030327, UID 1.2.840.10008.6.1.152.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3560
NAME: Final[str] = "Blood Pressure Method"
KEYWORD: Final[str | None] = "BloodPressureMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.152"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BloodPressureCuffMethod: Final[Code] = Code(
    "SCT", "371911009", "Blood pressure cuff method", (3560,)
)
"""Blood pressure cuff method (SCT 371911009)."""

MEMBERS: Final[tuple[Code, ...]] = (BloodPressureCuffMethod,)
"""The resolved membership: own members, then those of the included groups, in order."""
