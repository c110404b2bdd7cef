"""CID 9515 RT Patient Support Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1225.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9515
NAME: Final[str] = "RT Patient Support Device"
KEYWORD: Final[str | None] = "RTPatientSupportDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.1225"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210906"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Table: Final[Code] = Code("SCT", "86407004", "Table", (7158, 9515))
"""Table (SCT 86407004)."""

Chair: Final[Code] = Code("SCT", "706699008", "Chair", (9515,))
"""Chair (SCT 706699008)."""

Stretcher: Final[Code] = Code("SCT", "89149003", "Stretcher", (9515,))
"""Stretcher (SCT 89149003)."""

Wall: Final[Code] = Code("SCT", "224727009", "Wall", (9515,))
"""Wall (SCT 224727009)."""

Floor: Final[Code] = Code("SCT", "709280007", "Floor", (9515,))
"""Floor (SCT 709280007)."""

MEMBERS: Final[tuple[Code, ...]] = (Table, Chair, Stretcher, Wall, Floor)
"""The resolved membership: own members, then those of the included groups, in order."""
