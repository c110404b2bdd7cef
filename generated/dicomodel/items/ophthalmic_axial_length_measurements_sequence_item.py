"""Item class OphthalmicAxialLengthMeasurementsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ophthalmic_axial_length_measurements_type import (
        OphthalmicAxialLengthMeasurementsTypeValue as _OphthalmicAxialLengthMeasurementsTypeValue,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item import (
        OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem as _OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item import (
        OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem as _OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_segmental_measurements_item import (
        OphthalmicAxialLengthSegmentalMeasurementsItem as _OphthalmicAxialLengthSegmentalMeasurementsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item",
        "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    )
    _OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item",
        "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    )
    _OphthalmicAxialLengthMeasurementsTypeValue = Lazy(
        "dicomodel.enums.ophthalmic_axial_length_measurements_type",
        "OphthalmicAxialLengthMeasurementsTypeValue",
    )
    _OphthalmicAxialLengthSegmentalMeasurementsItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_segmental_measurements_item",
        "OphthalmicAxialLengthSegmentalMeasurementsItem",
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
    from dicomodel.enums.ophthalmic_axial_length_measurements_type import (
        OphthalmicAxialLengthMeasurementsType as OphthalmicAxialLengthMeasurementsType,
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
    from dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item import (
        OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem as OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item import (
        OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem as OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem,
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
    "OphthalmicAxialLengthMeasurementsSequenceItem",
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    "OphthalmicAxialLengthMeasurementsType",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
]


class OphthalmicAxialLengthMeasurementsSequenceItem(DicomModel):
    """An item of Ophthalmic Axial Length Measurements Sequence (0022,1050), as first defined in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Length Measurements Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-2"

    OphthalmicAxialLengthMeasurementsType: Annotated[
        _OphthalmicAxialLengthMeasurementsTypeValue,
        Attribute(
            0x00221010,
            "CS",
            "1",
            "1",
            name="Ophthalmic Axial Length Measurements Type",
            enumerated=((0, ("TOTAL LENGTH", "LENGTH SUMMATION", "SEGMENTAL LENGTH")),),
        ),
    ]
    """Ophthalmic Axial Length Measurements Type (0022,1010): Type 1, VR CS, VM 1. Identifies whether measuring the total axial length of the patient's eye or a segment of the eye for which a discrete measurement was obtained."""

    OphthalmicAxialLengthMeasurementsTotalLengthSequence: Annotated[
        list[_OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem] | None,
        Attribute(
            0x00221210,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Axial Length Measurements Total Length Sequence",
            when=("value", 0x00221010, 0, "in", ("TOTAL LENGTH",)),
        ),
    ] = None
    """Ophthalmic Axial Length Measurements Total Length Sequence (0022,1210): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Length Measurements Type (0022,1010) is TOTAL LENGTH. The axial length of a patient's eye, in mm. One or more Items shall be included in this Sequence. Required if Ophthalmic Axial Length Measurements Type (0022,1010) is TOTAL LENGTH. See Section C.8.25.14.1.1.4 for further explanation."""

    OphthalmicAxialLengthMeasurementsLengthSummationSequence: Annotated[
        list[_OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem] | None,
        Attribute(
            0x00221212,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Axial Length Measurements Length Summation Sequence",
            when=("value", 0x00221010, 0, "in", ("LENGTH SUMMATION",)),
        ),
    ] = None
    """Ophthalmic Axial Length Measurements Length Summation Sequence (0022,1212): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Length Measurements Type (0022,1010) is LENGTH SUMMATION. Axial length of a patient's eye, in mm, when it is calculated by summation of multiple segmental axial length measurements. One or more Items shall be included in this Sequence."""

    OphthalmicAxialLengthMeasurementsSegmentalLengthSequence: Annotated[
        list[_OphthalmicAxialLengthSegmentalMeasurementsItem] | None,
        Attribute(
            0x00221211,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Axial Length Measurements Segmental Length Sequence",
            when=("value", 0x00221010, 0, "in", ("SEGMENTAL LENGTH",)),
        ),
    ] = None
    """Ophthalmic Axial Length Measurements Segmental Length Sequence (0022,1211): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Length Measurements Type (0022,1010) is SEGMENTAL LENGTH. Segmental axial length measurement of a patient's eye. One or more Items shall be included in this Sequence. Required if Ophthalmic Axial Length Measurements Type (0022,1010) is SEGMENTAL LENGTH."""


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
    "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_measurements_length_summation_sequence_item",
        "OphthalmicAxialLengthMeasurementsLengthSummationSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsSegmentalLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_segmental_measurements_item",
        "OphthalmicAxialLengthSegmentalMeasurementsItem",
    ),
    "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_measurements_total_length_sequence_item",
        "OphthalmicAxialLengthMeasurementsTotalLengthSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsType": (
        "dicomodel.enums.ophthalmic_axial_length_measurements_type",
        "OphthalmicAxialLengthMeasurementsType",
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
