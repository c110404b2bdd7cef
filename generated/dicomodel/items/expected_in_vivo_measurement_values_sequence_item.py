"""Item class ExpectedInVivoMeasurementValuesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.meterset_to_dose_mapping_sequence_item import (
        MetersetToDoseMappingSequenceItem as _MetersetToDoseMappingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MetersetToDoseMappingSequenceItem = Lazy(
        "dicomodel.items.meterset_to_dose_mapping_sequence_item",
        "MetersetToDoseMappingSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.meterset_to_dose_mapping_sequence_item import (
        MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem,
    )

__all__ = [
    "ExpectedInVivoMeasurementValuesSequenceItem",
    "MetersetToDoseMappingSequenceItem",
]


class ExpectedInVivoMeasurementValuesSequenceItem(DicomModel):
    """An item of Expected In-Vivo Measurement Values Sequence (300A,0621), as first defined in RT Dose Contribution Module Attributes (C.36.11-1)."""

    dicom_name: ClassVar[str] = "Expected In-Vivo Measurement Values Sequence"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    ExpectedInVivoMeasurementValueIndex: Annotated[
        vr.US,
        Attribute(0x300A0622, "US", "1", "1", name="Expected In-Vivo Measurement Value Index"),
    ]
    """Expected In-Vivo Measurement Value Index (300A,0622): Type 1, VR US, VM 1. Index of this Item in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    RadiationDoseInVivoMeasurementLabel: Annotated[
        vr.LO,
        Attribute(0x300A0623, "LO", "1", "1", name="Radiation Dose In-Vivo Measurement Label"),
    ]
    """Radiation Dose In-Vivo Measurement Label (300A,0623): Type 1, VR LO, VM 1. Label to identify the in-vivo measurement point. See Section 10.31.1.1."""

    RadiationDoseCentralAxisDisplacement: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x300A0624,
            "FD",
            "2",
            "1C",
            name="Radiation Dose Central Axis Displacement",
            when=(
                "and",
                (
                    "unknown",
                    "names no attribute: a central beam axis is defined for the Treatment Delivery Device",
                ),
                ("not", ("present", 0x300A0627)),
            ),
        ),
    ] = None
    """Radiation Dose Central Axis Displacement (300A,0624): Type 1C, VR FD, VM 2. Required if a central beam axis is defined for the Treatment Delivery Device and the Radiation Dose Measurement Point Coordinates (300A,0627) is not present. Displacement (x,y) in mm of the measurement point from the central axis along the x-axis and y-axis of the Beam Modifier Definition Plane."""

    MetersetToDoseMappingSequence: Annotated[
        list[_MetersetToDoseMappingSequenceItem],
        Attribute(0x300A0620, "SQ", "1", "1", name="Meterset to Dose Mapping Sequence"),
    ]
    """Meterset to Dose Mapping Sequence (300A,0620): Type 1, VR SQ, VM 1. Mapping of Cumulative Meterset (300A,063C) to Radiation Dose Value (300A,0625). One or more Items shall be included in this Sequence."""

    RadiationDoseSourceToSkinDistance: Annotated[
        vr.FD | None,
        Attribute(0x300A0626, "FD", "1", "2", name="Radiation Dose Source to Skin Distance"),
    ]
    """Radiation Dose Source to Skin Distance (300A,0626): Type 2, VR FD, VM 1. Distance in mm from the nominal Radiation Source location to the patient skin along the central beam axis from the source to the measurement point."""

    RadiationDoseSourceToExternalContourDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x300A0628, "FD", "1", "2", name="Radiation Dose Source to External Contour Distance"
        ),
    ]
    """Radiation Dose Source to External Contour Distance (300A,0628): Type 2, VR FD, VM 1. Distance in mm from the nominal Radiation Source location to the External Contour along the central beam axis from the source to the measurement point including devices associated with the patient anatomy model."""

    RadiationDoseMeasurementPointCoordinates: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x300A0627,
            "FD",
            "3",
            "1C",
            name="Radiation Dose Measurement Point Coordinates",
            when=("not", ("present", 0x300A0624)),
        ),
    ] = None
    """Radiation Dose Measurement Point Coordinates (300A,0627): Type 1C, VR FD, VM 3. Required if Radiation Dose Central Axis Displacement (300A,0624) is not present. Coordinates (x,y,z) in mm in the DICOM Patient Coordinate System of the measurement point. Required if Radiation Dose Central Axis Displacement (300A,0624) is not present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MetersetToDoseMappingSequenceItem": (
        "dicomodel.items.meterset_to_dose_mapping_sequence_item",
        "MetersetToDoseMappingSequenceItem",
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
