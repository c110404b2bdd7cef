"""CID 10024 Water Equivalent Diameter Method.

Extensible, version 20200919, UID 1.2.840.10008.6.1.1114.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10024
NAME: _Final[str] = "Water Equivalent Diameter Method"
KEYWORD: _Final[str | None] = "WaterEquivalentDiameterMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1114"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200919"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

WaterEquivalentDiameterRepresentativeValue: _Final[_Code] = _Code(
    "DCM", "113981", "Water Equivalent Diameter Representative Value", (10024, 10069)
)
"""Water Equivalent Diameter Representative Value (DCM 113981)."""

WaterEquivalentDiameterIntegratedAcrossScanRange: _Final[_Code] = _Code(
    "DCM", "113982", "Water Equivalent Diameter Integrated Across Scan Range", (10024, 10069)
)
"""Water Equivalent Diameter Integrated Across Scan Range (DCM 113982)."""

WaterEquivalentDiameterFromRawData: _Final[_Code] = _Code(
    "DCM", "113983", "Water Equivalent Diameter From Raw Data", (10024, 10069)
)
"""Water Equivalent Diameter From Raw Data (DCM 113983)."""

WaterEquivalentDiameterFromLocalizer: _Final[_Code] = _Code(
    "DCM", "113984", "Water Equivalent Diameter From Localizer", (10024, 10069)
)
"""Water Equivalent Diameter From Localizer (DCM 113984)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    WaterEquivalentDiameterRepresentativeValue,
    WaterEquivalentDiameterIntegratedAcrossScanRange,
    WaterEquivalentDiameterFromRawData,
    WaterEquivalentDiameterFromLocalizer,
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
