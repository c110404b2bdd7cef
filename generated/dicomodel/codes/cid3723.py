"""CID 3723 MI Type.

Extensible, version 20070827, UID 1.2.840.10008.6.1.224.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3723
NAME: Final[str] = "MI Type"
KEYWORD: Final[str | None] = "MIType"
UID: Final[str | None] = "1.2.840.10008.6.1.224"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NonSTElevationMyocardialInfarction: Final[Code] = Code(
    "SCT", "401314000", "Non ST Elevation Myocardial Infarction", (3723,)
)
"""Non ST Elevation Myocardial Infarction (SCT 401314000)."""

STElevationMyocardialInfarction: Final[Code] = Code(
    "SCT", "401303003", "ST Elevation Myocardial Infarction", (3723,)
)
"""ST Elevation Myocardial Infarction (SCT 401303003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NonSTElevationMyocardialInfarction,
    STElevationMyocardialInfarction,
)
"""The resolved membership: own members, then those of the included groups, in order."""
