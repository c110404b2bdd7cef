"""CID 3410 Drug/Contrast Numeric Parameter.

Extensible, version 20070124, UID 1.2.840.10008.6.1.75.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3410
NAME: Final[str] = "Drug/Contrast Numeric Parameter"
KEYWORD: Final[str | None] = "DrugContrastNumericParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.75"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VolumeAdministered: Final[Code] = Code("DCM", "122091", "Volume administered", (3410,))
"""Volume administered (DCM 122091)."""

UndilutedDoseAdministered: Final[Code] = Code(
    "DCM", "122092", "Undiluted dose administered", (3410,)
)
"""Undiluted dose administered (DCM 122092)."""

Concentration: Final[Code] = Code("DCM", "122093", "Concentration", (3410,))
"""Concentration (DCM 122093)."""

RateOfAdministration: Final[Code] = Code("DCM", "122094", "Rate of administration", (3410,))
"""Rate of administration (DCM 122094)."""

DurationOfAdministration: Final[Code] = Code("DCM", "122095", "Duration of administration", (3410,))
"""Duration of administration (DCM 122095)."""

VolumeUnadministeredOrDiscarded: Final[Code] = Code(
    "DCM", "122096", "Volume unadministered or discarded", (3410,)
)
"""Volume unadministered or discarded (DCM 122096)."""

QuantityAdministered: Final[Code] = Code("DCM", "121382", "Quantity administered", (3410,))
"""Quantity administered (DCM 121382)."""

MassAdministered: Final[Code] = Code("DCM", "121383", "Mass administered", (3410,))
"""Mass administered (DCM 121383)."""

MEMBERS: Final[tuple[Code, ...]] = (
    VolumeAdministered,
    UndilutedDoseAdministered,
    Concentration,
    RateOfAdministration,
    DurationOfAdministration,
    VolumeUnadministeredOrDiscarded,
    QuantityAdministered,
    MassAdministered,
)
"""The resolved membership: own members, then those of the included groups, in order."""
