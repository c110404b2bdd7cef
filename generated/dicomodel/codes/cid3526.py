"""CID 3526 Blood Gas Saturation.

Extensible, version 20030327, UID 1.2.840.10008.6.1.140.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3526
NAME: _Final[str] = "Blood Gas Saturation"
KEYWORD: _Final[str | None] = "BloodGasSaturation"
UID: _Final[str | None] = "1.2.840.10008.6.1.140"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BloodCarbonDioxideSaturation: _Final[_Code] = _Code(
    "DCM", "122187", "Blood Carbon dioxide saturation", (3526,)
)
"""Blood Carbon dioxide saturation (DCM 122187)."""

BloodOxygenSaturation: _Final[_Code] = _Code("LN", "20564-1", "Blood Oxygen saturation", (3526,))
"""Blood Oxygen saturation (LN 20564-1)."""

ArterialOxygenSaturation: _Final[_Code] = _Code(
    "LN", "2708-6", "Arterial Oxygen saturation", (3526,)
)
"""Arterial Oxygen saturation (LN 2708-6)."""

VenousOxygenSaturation: _Final[_Code] = _Code("LN", "2711-0", "Venous Oxygen saturation", (3526,))
"""Venous Oxygen saturation (LN 2711-0)."""

CapillaryBloodOxygenSaturation: _Final[_Code] = _Code(
    "LN", "2709-4", "Capillary Blood Oxygen Saturation", (3526,)
)
"""Capillary Blood Oxygen Saturation (LN 2709-4)."""

CapillaryBloodOxygenSaturationByOximetry: _Final[_Code] = _Code(
    "LN", "2710-2", "Capillary Blood Oxygen Saturation, by Oximetry", (3526,)
)
"""Capillary Blood Oxygen Saturation, by Oximetry (LN 2710-2)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BloodCarbonDioxideSaturation,
    BloodOxygenSaturation,
    ArterialOxygenSaturation,
    VenousOxygenSaturation,
    CapillaryBloodOxygenSaturation,
    CapillaryBloodOxygenSaturationByOximetry,
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
