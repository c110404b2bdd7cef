"""Ophthalmic Patient Clinical Information and Test Lens Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.pupil_dilated import PupilDilatedValue as _PupilDilatedValue
    from dicomodel.items.refractive_state_sequence_item import (
        RefractiveStateSequenceItem as _RefractiveStateSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as _VisualAcuityMeasurementsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PupilDilatedValue = Lazy("dicomodel.enums.pupil_dilated", "PupilDilatedValue")
    _RefractiveStateSequenceItem = Lazy(
        "dicomodel.items.refractive_state_sequence_item", "RefractiveStateSequenceItem"
    )
    _VisualAcuityMeasurementsItem = Lazy(
        "dicomodel.items.visual_acuity_measurements_item", "VisualAcuityMeasurementsItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.pupil_dilated import PupilDilated as PupilDilated
    from dicomodel.items.refractive_state_sequence_item import (
        RefractiveStateSequenceItem as RefractiveParametersUsedOnPatientSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityMeasurementSequenceItem,
    )

__all__ = [
    "OphthalmicPatientClinicalInformationAndTestLensParametersMacro",
    "PupilDilated",
    "RefractiveParametersUsedOnPatientSequenceItem",
    "VisualAcuityMeasurementSequenceItem",
]


class OphthalmicPatientClinicalInformationAndTestLensParametersMacro(DicomModel):
    """Ophthalmic Patient Clinical Information and Test Lens Parameters Macro Attributes (PS3.3 Table C.8.26.6-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Patient Clinical Information and Test Lens Parameters"
    dicom_table: ClassVar[str] = "table_C.8.26.6-2"

    RefractiveParametersUsedOnPatientSequence: Annotated[
        list[_RefractiveStateSequenceItem] | None,
        Attribute(
            0x00240112, "SQ", "1", "2", name="Refractive Parameters Used on Patient Sequence"
        ),
    ]
    """Refractive Parameters Used on Patient Sequence (0024,0112): Type 2, VR SQ, VM 1. Refractive parameters used when performing visual field test. Zero or one Item shall be included in this Sequence."""

    PupilSize: Annotated[vr.FD | None, Attribute(0x00460044, "FD", "1", "2", name="Pupil Size")]
    """Pupil Size (0046,0044): Type 2, VR FD, VM 1. The horizontal diameter measurement of the pupil, in mm."""

    PupilDilated: Annotated[
        _PupilDilatedValue | None,
        Attribute(
            0x0022000D, "CS", "1", "2", name="Pupil Dilated", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Pupil Dilated (0022,000D): Type 2, VR CS, VM 1. The patient's pupils were pharmacologically dilated for this acquisition. Enumerated Values: YES NO If this Attribute is empty, no information is available."""

    IntraOcularPressure: Annotated[
        vr.FL | None, Attribute(0x0022000B, "FL", "1", "3", name="Intra Ocular Pressure")
    ] = None
    """Intra Ocular Pressure (0022,000B): Type 3, VR FL, VM 1. Value of intraocular pressure in mmHg."""

    VisualAcuityMeasurementSequence: Annotated[
        list[_VisualAcuityMeasurementsItem] | None,
        Attribute(0x00240110, "SQ", "1", "3", name="Visual Acuity Measurement Sequence"),
    ] = None
    """Visual Acuity Measurement Sequence (0024,0110): Type 3, VR SQ, VM 1. Measurements of a patient's visual acuity. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PupilDilated": ("dicomodel.enums.pupil_dilated", "PupilDilated"),
    "RefractiveParametersUsedOnPatientSequenceItem": (
        "dicomodel.items.refractive_state_sequence_item",
        "RefractiveStateSequenceItem",
    ),
    "VisualAcuityMeasurementSequenceItem": (
        "dicomodel.items.visual_acuity_measurements_item",
        "VisualAcuityMeasurementsItem",
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
