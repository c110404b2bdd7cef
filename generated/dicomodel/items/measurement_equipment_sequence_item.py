"""Item class MeasurementEquipmentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.measurement_equipment_type import (
        MeasurementEquipmentTypeValue as _MeasurementEquipmentTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _MeasurementEquipmentTypeValue = Lazy(
        "dicomodel.enums.measurement_equipment_type", "MeasurementEquipmentTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.measurement_equipment_type import (
        MeasurementEquipmentType as MeasurementEquipmentType,
    )

__all__ = [
    "MeasurementEquipmentSequenceItem",
    "MeasurementEquipmentType",
]


class MeasurementEquipmentSequenceItem(DicomModel):
    """An item of Measurement Equipment Sequence (0028,7012), as first defined in Display QA Result Context Macro Attributes (C.32.3.1-1)."""

    dicom_name: ClassVar[str] = "Measurement Equipment Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3.1-1"

    MeasurementFunctions: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00287013,
            "CS",
            "1-n",
            None,
            name="Measurement Functions",
            enumerated=((0, ("PHOTOMETER", "COLORIMETER", "ILLUMINOMETER")),),
        ),
    ] = None
    """Measurement Functions (0028,7013): no Type, VR CS, VM 1-n. Measurement functions of the measurement equipment. Enumerated Values: PHOTOMETER measurement of light intensity COLORIMETER measurement of energy along the visible spectrum ILLUMINOMETER measurement of illumination (ambient luminance) This..."""

    MeasuredCharacteristics: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00287026,
            "CS",
            "1-n",
            None,
            name="Measured Characteristics",
            enumerated=((0, ("UNIFORMITY", "LUMINANCE", "CHROMATICITY", "ILLUMINANCE")),),
        ),
    ] = None
    """Measured Characteristics (0028,7026): no Type, VR CS, VM 1-n. Characteristic(s) which are measured by the measurement equipment. Enumerated Values: UNIFORMITY Luminance uniformity LUMINANCE Luminance CHROMATICITY Chromaticity ILLUMINANCE Illuminance This multi-valued Attribute shall contain at most on..."""

    MeasurementEquipmentType: Annotated[
        _MeasurementEquipmentTypeValue | None,
        Attribute(
            0x00287014,
            "CS",
            "1",
            None,
            name="Measurement Equipment Type",
            enumerated=((0, ("BUILT_IN_FRONT", "BUILT_IN_BACK", "NEAR_RANGE", "TELESCOPIC")),),
        ),
    ] = None
    """Measurement Equipment Type (0028,7014): no Type, VR CS, VM 1. Type of measurement equipment. See Section C.32.1.2 for Enumerated Values."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", None, name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): no Type, VR LO, VM 1. Manufacturer of the measurement equipment."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", None, name="Manufacturer's Model Name")
    ] = None
    """Manufacturer's Model Name (0008,1090): no Type, VR LO, VM 1. Manufacturer's model name of the measurement equipment."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", None, name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): no Type, VR LO, VM 1. The measurement equipment serial number."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", None, name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): no Type, VR DA, VM 1. The date the measurement equipment was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", None, name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): no Type, VR DA, VM 1. The date the measurement equipment was installed in its current location. The measurement equipment may or may not have been used prior to installation in its current location."""

    DateTimeOfLastCalibration: Annotated[
        vr.DT | None, Attribute(0x00181202, "DT", "1", None, name="DateTime of Last Calibration")
    ] = None
    """DateTime of Last Calibration (0018,1202): no Type, VR DT, VM 1. Date and time of the last calibration of the measurement equipment. This is likely different than the date of the calibration of the Display System itself."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MeasurementEquipmentType": (
        "dicomodel.enums.measurement_equipment_type",
        "MeasurementEquipmentType",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
