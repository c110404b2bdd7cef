"""Item class UltrasoundSelectedOphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ophthalmic_axial_length_measurements_type import (
        OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue as _OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.ophthalmic_axial_length_quality_metric_item import (
        OphthalmicAxialLengthQualityMetricItem as _OphthalmicAxialLengthQualityMetricItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as _OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item import (
        SelectedSegmentalOphthalmicAxialLengthSequenceItem as _SelectedSegmentalOphthalmicAxialLengthSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue = Lazy(
        "dicomodel.enums.ophthalmic_axial_length_measurements_type",
        "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue",
    )
    _OphthalmicAxialLengthQualityMetricItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
        "OphthalmicAxialLengthQualityMetricItem",
    )
    _OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    )
    _SelectedSegmentalOphthalmicAxialLengthSequenceItem = Lazy(
        "dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item",
        "SelectedSegmentalOphthalmicAxialLengthSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.ophthalmic_axial_length_measurements_type import (
        OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected as OphthalmicAxialLengthMeasurementsType,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthSelectionMethodCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_length_quality_metric_item import (
        OphthalmicAxialLengthQualityMetricItem as OphthalmicAxialLengthQualityMetricSequenceItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem,
    )
    from dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item import (
        SelectedSegmentalOphthalmicAxialLengthSequenceItem as SelectedSegmentalOphthalmicAxialLengthSequenceItem,
    )

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsType",
    "OphthalmicAxialLengthQualityMetricSequenceItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem",
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
]


class UltrasoundSelectedOphthalmicAxialLengthSequenceItem(DicomModel):
    """An item of Ultrasound Selected Ophthalmic Axial Length Sequence (0022,1230), as first defined in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    dicom_name: ClassVar[str] = "Ultrasound Selected Ophthalmic Axial Length Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-5"

    OphthalmicAxialLengthMeasurementsType: Annotated[
        _OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelectedValue | None,
        Attribute(
            0x00221010,
            "CS",
            "1",
            "3",
            name="Ophthalmic Axial Length Measurements Type",
            enumerated=((0, ("TOTAL LENGTH", "LENGTH SUMMATION")),),
        ),
    ] = None
    """Ophthalmic Axial Length Measurements Type (0022,1010): Type 3, VR CS, VM 1. Identifies whether measuring the total axial length of the patient's eye or a segment of the eye for which a discrete measurement was obtained."""

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement, in mm. The type of measurement is specified in the Ophthalmic Axial Length Measurements Type (0022,1010). See Section C.8.25.14.1.1.4 for further explanation."""

    OphthalmicAxialLengthSelectionMethodCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x00221250,
            "SQ",
            "1",
            "1",
            name="Ophthalmic Axial Length Selection Method Code Sequence",
        ),
    ]
    """Ophthalmic Axial Length Selection Method Code Sequence (0022,1250): Type 1, VR SQ, VM 1. Method used to derive the value recorded in Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""

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
    """Referenced Ophthalmic Axial Length Measurement QC Image Sequence (0022,1330): Type 1, VR SQ, VM 1. References to the quality control image associated with this measurement. Only a single Item shall be included in this Sequence. See Section C.8.25.14.1.1.6 for further explanation."""

    OphthalmicAxialLengthQualityMetricSequence: Annotated[
        list[_OphthalmicAxialLengthQualityMetricItem],
        Attribute(
            0x00221262, "SQ", "1", "1", name="Ophthalmic Axial Length Quality Metric Sequence"
        ),
    ]
    """Ophthalmic Axial Length Quality Metric Sequence (0022,1262): Type 1, VR SQ, VM 1. Information about the quality metric applied to Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""

    SelectedSegmentalOphthalmicAxialLengthSequence: Annotated[
        list[_SelectedSegmentalOphthalmicAxialLengthSequenceItem] | None,
        Attribute(
            0x00221257,
            "SQ",
            "1",
            "1C",
            name="Selected Segmental Ophthalmic Axial Length Sequence",
            when=(
                "and",
                ("present", 0x00221010),
                ("value", 0x00221010, 0, "in", ("LENGTH SUMMATION",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Selected Segmental Ophthalmic Axial Length Sequence (0022,1257): Type 1C, VR SQ, VM 1. Required if the value of Ophthalmic Axial Length Measurements Type (0022,1010) is present and is LENGTH SUMMATION. May be present otherwise. Segmental axial length measurements of a patient's eye that are summed to derive a total axial length for the eye. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicAxialLengthMeasurementsType": (
        "dicomodel.enums.ophthalmic_axial_length_measurements_type",
        "OphthalmicAxialLengthMeasurementsTypeOphthalmicAxialMeasurementsSelected",
    ),
    "OphthalmicAxialLengthQualityMetricSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
        "OphthalmicAxialLengthQualityMetricItem",
    ),
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    ),
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item",
        "SelectedSegmentalOphthalmicAxialLengthSequenceItem",
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
