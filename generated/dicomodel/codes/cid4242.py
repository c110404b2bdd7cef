"""CID 4242 Cornea Measurement Method Descriptor.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1275.
Includes CID 4235.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4242
NAME: _Final[str] = "Cornea Measurement Method Descriptor"
KEYWORD: _Final[str | None] = "CorneaMeasurementMethodDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.1275"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190124"
INCLUDES: _Final[tuple[int, ...]] = (4235,)
EXTERNAL_SCHEME: _Final[str | None] = None

TotalCorneaPowerMeasurementMethod: _Final[_Code] = _Code(
    "DCM", "111758", "Total Cornea Power Measurement Method", (4242,)
)
"""Total Cornea Power Measurement Method (DCM 111758)."""

PosteriorCorneaSurfaceMeasurementMethod: _Final[_Code] = _Code(
    "DCM", "111759", "Posterior Cornea Surface Measurement Method", (4242,)
)
"""Posterior Cornea Surface Measurement Method (DCM 111759)."""

ManualKeratometry: _Final[_Code] = _Code("DCM", "111753", "Manual Keratometry", (4235,))
"""Manual Keratometry (DCM 111753). Included from CID 4235."""

AutoKeratometry: _Final[_Code] = _Code("DCM", "111754", "Auto Keratometry", (4235,))
"""Auto Keratometry (DCM 111754). Included from CID 4235."""

SimulatedKeratometry: _Final[_Code] = _Code("DCM", "111755", "Simulated Keratometry", (4235,))
"""Simulated Keratometry (DCM 111755). Included from CID 4235."""

EquivalentKReading: _Final[_Code] = _Code("DCM", "111756", "Equivalent K-reading", (4235,))
"""Equivalent K-reading (DCM 111756). Included from CID 4235."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TotalCorneaPowerMeasurementMethod,
    PosteriorCorneaSurfaceMeasurementMethod,
    ManualKeratometry,
    AutoKeratometry,
    SimulatedKeratometry,
    EquivalentKReading,
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
