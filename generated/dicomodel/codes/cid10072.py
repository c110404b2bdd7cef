"""CID 10072 Reported Value Type.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1362.
Includes CID 3488.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10072
NAME: Final[str] = "Reported Value Type"
KEYWORD: Final[str | None] = "ReportedValueType"
UID: Final[str | None] = "1.2.840.10008.6.1.1362"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20210328"
INCLUDES: Final[tuple[int, ...]] = (3488,)
EXTERNAL_SCHEME: Final[str | None] = None

Yes: Final[Code] = Code("SCT", "373066001", "Yes", (230, 231, 10072))
"""Yes (SCT 373066001)."""

Median: Final[Code] = Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

Mode: Final[Code] = Code("SCT", "373100007", "Mode", (3627, 7464, 10072))
"""Mode (SCT 373100007)."""

Nominal: Final[Code] = Code("SCT", "117362005", "Nominal", (10072,))
"""Nominal (SCT 117362005)."""

Maximum: Final[Code] = Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009). Included from CID 3488."""

Minimum: Final[Code] = Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001). Included from CID 3488."""

Mean: Final[Code] = Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007). Included from CID 3488."""

MEMBERS: Final[tuple[Code, ...]] = (Yes, Median, Mode, Nominal, Maximum, Minimum, Mean)
"""The resolved membership: own members, then those of the included groups, in order."""
