"""CID 3410 Drug/Contrast Numeric Parameter.

Extensible, version 20070124, UID 1.2.840.10008.6.1.75.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3410
NAME: _Final[str] = "Drug/Contrast Numeric Parameter"
KEYWORD: _Final[str | None] = "DrugContrastNumericParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.75"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VolumeAdministered: _Final[_Code] = _Code("DCM", "122091", "Volume administered", (3410,))
"""Volume administered (DCM 122091)."""

UndilutedDoseAdministered: _Final[_Code] = _Code(
    "DCM", "122092", "Undiluted dose administered", (3410,)
)
"""Undiluted dose administered (DCM 122092)."""

Concentration: _Final[_Code] = _Code("DCM", "122093", "Concentration", (3410,))
"""Concentration (DCM 122093)."""

RateOfAdministration: _Final[_Code] = _Code("DCM", "122094", "Rate of administration", (3410,))
"""Rate of administration (DCM 122094)."""

DurationOfAdministration: _Final[_Code] = _Code(
    "DCM", "122095", "Duration of administration", (3410,)
)
"""Duration of administration (DCM 122095)."""

VolumeUnadministeredOrDiscarded: _Final[_Code] = _Code(
    "DCM", "122096", "Volume unadministered or discarded", (3410,)
)
"""Volume unadministered or discarded (DCM 122096)."""

QuantityAdministered: _Final[_Code] = _Code("DCM", "121382", "Quantity administered", (3410,))
"""Quantity administered (DCM 121382)."""

MassAdministered: _Final[_Code] = _Code("DCM", "121383", "Mass administered", (3410,))
"""Mass administered (DCM 121383)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
