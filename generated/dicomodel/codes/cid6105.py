"""CID 6105 Abnormal Lucency Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.425.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6105
NAME: Final[str] = "Abnormal Lucency Finding or Feature"
KEYWORD: Final[str | None] = "AbnormalLucencyFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.425"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AirBronchiologram: Final[Code] = Code("DCM", "112070", "Air bronchiologram", (6105,))
"""Air bronchiologram (DCM 112070)."""

AirBronchogram: Final[Code] = Code("DCM", "112071", "Air bronchogram", (6105,))
"""Air bronchogram (DCM 112071)."""

AirCrescent: Final[Code] = Code("DCM", "112072", "Air crescent", (6105,))
"""Air crescent (DCM 112072)."""

AirTrapping: Final[Code] = Code("SCT", "76171001", "Air-trapping", (6105, 6108))
"""Air-trapping (SCT 76171001)."""

HaloSign: Final[Code] = Code("DCM", "112073", "Halo sign", (6105,))
"""Halo sign (DCM 112073)."""

Pneumomediastinum: Final[Code] = Code("SCT", "16838000", "Pneumomediastinum", (6105,))
"""Pneumomediastinum (SCT 16838000)."""

Pneumothorax: Final[Code] = Code("SCT", "36118008", "Pneumothorax", (6062, 6105))
"""Pneumothorax (SCT 36118008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AirBronchiologram,
    AirBronchogram,
    AirCrescent,
    AirTrapping,
    HaloSign,
    Pneumomediastinum,
    Pneumothorax,
)
"""The resolved membership: own members, then those of the included groups, in order."""
