"""Ophthalmic Patient Clinical Information and Test Lens Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item import (
        OphthalmicPatientClinicalInformationAndTestLensParametersItem as _OphthalmicPatientClinicalInformationAndTestLensParametersItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicPatientClinicalInformationAndTestLensParametersItem = Lazy(
        "dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item",
        "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.pupil_dilated import PupilDilated as PupilDilated
    from dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item import (
        OphthalmicPatientClinicalInformationAndTestLensParametersItem as OphthalmicPatientClinicalInformationLeftEyeSequenceItem,
    )
    from dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item import (
        OphthalmicPatientClinicalInformationAndTestLensParametersItem as OphthalmicPatientClinicalInformationRightEyeSequenceItem,
    )
    from dicomodel.items.refractive_state_sequence_item import (
        RefractiveStateSequenceItem as RefractiveParametersUsedOnPatientSequenceItem,
    )
    from dicomodel.items.visual_acuity_measurements_item import (
        VisualAcuityMeasurementsItem as VisualAcuityMeasurementSequenceItem,
    )

__all__ = [
    "OphthalmicPatientClinicalInformationAndTestLensParametersModule",
    "OphthalmicPatientClinicalInformationLeftEyeSequenceItem",
    "OphthalmicPatientClinicalInformationRightEyeSequenceItem",
    "PupilDilated",
    "RefractiveParametersUsedOnPatientSequenceItem",
    "VisualAcuityMeasurementSequenceItem",
]


class OphthalmicPatientClinicalInformationAndTestLensParametersModule(DicomModel):
    """Ophthalmic Patient Clinical Information and Test Lens Parameters Module Attributes (PS3.3 Table C.8.26.6-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Patient Clinical Information and Test Lens Parameters"
    dicom_table: ClassVar[str] = "table_C.8.26.6-1"

    OphthalmicPatientClinicalInformationLeftEyeSequence: Annotated[
        list[_OphthalmicPatientClinicalInformationAndTestLensParametersItem] | None,
        Attribute(
            0x00240114,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Patient Clinical Information Left Eye Sequence",
            when=("value", 0x00240113, 0, "in", ("L", "B")),
        ),
    ] = None
    """Ophthalmic Patient Clinical Information Left Eye Sequence (0024,0114): Type 1C, VR SQ, VM 1. Required if Measurement Laterality (0024,0113) is L or B. Information used to represent a patient's clinical parameters during an ophthalmic test. Only a single Item shall be included in this Sequence. Required if Measurement Laterality (0024,0113) is L or B."""

    OphthalmicPatientClinicalInformationRightEyeSequence: Annotated[
        list[_OphthalmicPatientClinicalInformationAndTestLensParametersItem] | None,
        Attribute(
            0x00240115,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Patient Clinical Information Right Eye Sequence",
            when=("value", 0x00240113, 0, "in", ("R", "B")),
        ),
    ] = None
    """Ophthalmic Patient Clinical Information Right Eye Sequence (0024,0115): Type 1C, VR SQ, VM 1. Required if Measurement Laterality (0024,0113) is R or B. Information used to represent a patient's clinical parameters during an ophthalmic test. Only a single Item shall be included in this Sequence. Required if Measurement Laterality (0024,0113) is R or B."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OphthalmicPatientClinicalInformationLeftEyeSequenceItem": (
        "dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item",
        "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
    ),
    "OphthalmicPatientClinicalInformationRightEyeSequenceItem": (
        "dicomodel.items.ophthalmic_patient_clinical_information_and_test_lens_parameters_item",
        "OphthalmicPatientClinicalInformationAndTestLensParametersItem",
    ),
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
