"""CID 4240 Ophthalmic Measurement or Calculation Data Source.

Extensible, version 20190124, UID 1.2.840.10008.6.1.886.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4240
NAME: _Final[str] = "Ophthalmic Measurement or Calculation Data Source"
KEYWORD: _Final[str | None] = "OphthalmicMeasurementorCalculationDataSource"
UID: _Final[str | None] = "1.2.840.10008.6.1.886"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MeasurementFromThisDevice: _Final[_Code] = _Code(
    "DCM", "111780", "Measurement From This Device", (4240,)
)
"""Measurement From This Device (DCM 111780)."""

ManualEntry: _Final[_Code] = _Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

ExternalDataSource: _Final[_Code] = _Code("DCM", "111781", "External Data Source", (4240,))
"""External Data Source (DCM 111781)."""

AxialMeasurementsSOPInstance: _Final[_Code] = _Code(
    "DCM", "111782", "Axial Measurements SOP Instance", (4240,)
)
"""Axial Measurements SOP Instance (DCM 111782)."""

RefractiveMeasurementsSOPInstance: _Final[_Code] = _Code(
    "DCM", "111783", "Refractive Measurements SOP Instance", (4240,)
)
"""Refractive Measurements SOP Instance (DCM 111783)."""

AutorefractionMeasurementsSOPInstance: _Final[_Code] = _Code(
    "DCM", "111784", "Autorefraction Measurements SOP Instance", (4240,)
)
"""Autorefraction Measurements SOP Instance (DCM 111784)."""

KeratometryMeasurementsSOPInstance: _Final[_Code] = _Code(
    "DCM", "111757", "Keratometry Measurements SOP Instance", (4240,)
)
"""Keratometry Measurements SOP Instance (DCM 111757)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MeasurementFromThisDevice,
    ManualEntry,
    ExternalDataSource,
    AxialMeasurementsSOPInstance,
    RefractiveMeasurementsSOPInstance,
    AutorefractionMeasurementsSOPInstance,
    KeratometryMeasurementsSOPInstance,
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
