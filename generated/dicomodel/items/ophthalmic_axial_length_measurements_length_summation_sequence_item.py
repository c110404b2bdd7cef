"""Item class OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ophthalmic_axial_length_measurement_modified import (
        OphthalmicAxialLengthMeasurementModifiedValue as _OphthalmicAxialLengthMeasurementModifiedValue,
    )
    from dicomodel.items.ophthalmic_axial_length_segmental_measurements_item import (
        OphthalmicAxialLengthSegmentalMeasurementsItem as _OphthalmicAxialLengthSegmentalMeasurementsItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as _OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicAxialLengthMeasurementModifiedValue = Lazy(
        "dicomodel.enums.ophthalmic_axial_length_measurement_modified",
        "OphthalmicAxialLengthMeasurementModifiedValue",
    )
    _OphthalmicAxialLengthSegmentalMeasurementsItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_segmental_measurements_item",
        "OphthalmicAxialLengthSegmentalMeasurementsItem",
    )
    _OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.ophthalmic_axial_length_measurement_modified import (
        OphthalmicAxialLengthMeasurementModified as OphthalmicAxialLengthMeasurementModified,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_segmental_measurements_item import (
        OphthalmicAxialLengthSegmentalMeasurementsItem as OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
    )
    from dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item import (
        OpticalOphthalmicAxialLengthMeasurementsSequenceItem as OpticalOphthalmicAxialLengthMeasurementsSequenceItem,
    )
    from dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item import (
        UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem as UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementModified",
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
]


class OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem(DicomModel):
    """An item of Ophthalmic Axial Length Measurements Length Summation Sequence (0022,1212), as first defined in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Length Measurements Length Summation Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-2"

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement acquired, in mm. The type of measurement is specified in the Ophthalmic Axial Length Measurements Type (0022,1010). See Section C.8.25.14.1.1.3 and Section C.8.25.14.1.1.4 for further explanation."""

    OphthalmicAxialLengthMeasurementModified: Annotated[
        _OphthalmicAxialLengthMeasurementModifiedValue,
        Attribute(
            0x00221140,
            "CS",
            "1",
            "1",
            name="Ophthalmic Axial Length Measurement Modified",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Ophthalmic Axial Length Measurement Modified (0022,1140): Type 1, VR CS, VM 1. Whether or not the clinician intervened to modify the output of the device. For example by forcing it to select a different peak in the display. Enumerated Values: YES NO"""

    ReferencedOphthalmicAxialLengthMeasurementQCImageSequence: Annotated[
        list[_OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem],
        Attribute(
            0x00221330,
            "SQ",
            "1",
            "1",
            name="Referenced Ophthalmic Axial Length Measurement QC Image Sequence",
        ),
    ]
    """Referenced Ophthalmic Axial Length Measurement QC Image Sequence (0022,1330): Type 1, VR SQ, VM 1. Reference to the quality control image associated with this measurement. Only a single Item shall be included in this Sequence. See Section C.8.25.14.1.1.6 for further explanation."""

    OphthalmicAxialLengthMeasurementsSegmentalLengthSequence: Annotated[
        list[_OphthalmicAxialLengthSegmentalMeasurementsItem],
        Attribute(
            0x00221211,
            "SQ",
            "1",
            "1",
            name="Ophthalmic Axial Length Measurements Segmental Length Sequence",
        ),
    ]
    """Ophthalmic Axial Length Measurements Segmental Length Sequence (0022,1211): Type 1, VR SQ, VM 1. Segmental axial length measurements of a patient's eye that contribute to an aggregate axial length measurement. One or more Items shall be included in this Sequence. See Section C.8.25.14.1.1.4 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OphthalmicAxialLengthDataSourceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementModified": (
        "dicomodel.enums.ophthalmic_axial_length_measurement_modified",
        "OphthalmicAxialLengthMeasurementModified",
    ),
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_segmental_measurements_item",
        "OphthalmicAxialLengthSegmentalMeasurementsItem",
    ),
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item",
        "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    ),
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    ),
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem": (
        "dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item",
        "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
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
