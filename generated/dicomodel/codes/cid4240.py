"""CID 4240 Ophthalmic Measurement or Calculation Data Source.

Extensible, version 20190124, UID 1.2.840.10008.6.1.886.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4240
NAME: Final[str] = "Ophthalmic Measurement or Calculation Data Source"
KEYWORD: Final[str | None] = "OphthalmicMeasurementorCalculationDataSource"
UID: Final[str | None] = "1.2.840.10008.6.1.886"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MeasurementFromThisDevice: Final[Code] = Code(
    "DCM", "111780", "Measurement From This Device", (4240,)
)
"""Measurement From This Device (DCM 111780)."""

ManualEntry: Final[Code] = Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

ExternalDataSource: Final[Code] = Code("DCM", "111781", "External Data Source", (4240,))
"""External Data Source (DCM 111781)."""

AxialMeasurementsSOPInstance: Final[Code] = Code(
    "DCM", "111782", "Axial Measurements SOP Instance", (4240,)
)
"""Axial Measurements SOP Instance (DCM 111782)."""

RefractiveMeasurementsSOPInstance: Final[Code] = Code(
    "DCM", "111783", "Refractive Measurements SOP Instance", (4240,)
)
"""Refractive Measurements SOP Instance (DCM 111783)."""

AutorefractionMeasurementsSOPInstance: Final[Code] = Code(
    "DCM", "111784", "Autorefraction Measurements SOP Instance", (4240,)
)
"""Autorefraction Measurements SOP Instance (DCM 111784)."""

KeratometryMeasurementsSOPInstance: Final[Code] = Code(
    "DCM", "111757", "Keratometry Measurements SOP Instance", (4240,)
)
"""Keratometry Measurements SOP Instance (DCM 111757)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MeasurementFromThisDevice,
    ManualEntry,
    ExternalDataSource,
    AxialMeasurementsSOPInstance,
    RefractiveMeasurementsSOPInstance,
    AutorefractionMeasurementsSOPInstance,
    KeratometryMeasurementsSOPInstance,
)
"""The resolved membership: own members, then those of the included groups, in order."""
