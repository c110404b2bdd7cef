"""Item class OpticalSelectedOphthalmicAxialLengthSequenceItem.

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
    from dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item_ophthalmic_axial_measurements_selected import (
        SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected as _SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected,
    )
    from dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item import (
        SelectedTotalOphthalmicAxialLengthSequenceItem as _SelectedTotalOphthalmicAxialLengthSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicAxialLengthMeasurementsTypeValue = Lazy(
        "dicomodel.enums.ophthalmic_axial_length_measurements_type",
        "OphthalmicAxialLengthMeasurementsTypeValue",
    )
    _SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected = Lazy(
        "dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item_ophthalmic_axial_measurements_selected",
        "SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected",
    )
    _SelectedTotalOphthalmicAxialLengthSequenceItem = Lazy(
        "dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item",
        "SelectedTotalOphthalmicAxialLengthSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.ophthalmic_axial_length_measurements_type import (
        OphthalmicAxialLengthMeasurementsType as OphthalmicAxialLengthMeasurementsType,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem,
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
    from dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item_ophthalmic_axial_measurements_selected import (
        SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected as SelectedSegmentalOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item import (
        SelectedTotalOphthalmicAxialLengthSequenceItem as SelectedTotalOphthalmicAxialLengthSequenceItem,
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
    "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem",
    "SelectedTotalOphthalmicAxialLengthSequenceItem",
]


class OpticalSelectedOphthalmicAxialLengthSequenceItem(DicomModel):
    """An item of Optical Selected Ophthalmic Axial Length Sequence (0022,1255), as first defined in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    dicom_name: ClassVar[str] = "Optical Selected Ophthalmic Axial Length Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-5"

    OphthalmicAxialLengthMeasurementsType: Annotated[
        _OphthalmicAxialLengthMeasurementsTypeValue | None,
        Attribute(
            0x00221010,
            "CS",
            "1",
            "3",
            name="Ophthalmic Axial Length Measurements Type",
            enumerated=((0, ("TOTAL LENGTH", "LENGTH SUMMATION", "SEGMENTAL LENGTH")),),
        ),
    ] = None
    """Ophthalmic Axial Length Measurements Type (0022,1010): Type 3, VR CS, VM 1. Identifies whether measuring the total axial length of the patient's eye or a segment of the eye for which a discrete measurement was obtained."""

    SelectedTotalOphthalmicAxialLengthSequence: Annotated[
        list[_SelectedTotalOphthalmicAxialLengthSequenceItem] | None,
        Attribute(
            0x00221260,
            "SQ",
            "1",
            "1C",
            name="Selected Total Ophthalmic Axial Length Sequence",
            when=(
                "and",
                ("present", 0x00221010),
                ("value", 0x00221010, 0, "in", ("TOTAL LENGTH", "LENGTH SUMMATION")),
            ),
            otherwise="may",
        ),
    ] = None
    """Selected Total Ophthalmic Axial Length Sequence (0022,1260): Type 1C, VR SQ, VM 1. Required if the value of Ophthalmic Axial Length Measurements Type (0022,1010) is present and is either TOTAL LENGTH or LENGTH SUMMATION. May be present otherwise Total axial length measurement selected for the patient's eye. Only a single Item shall be included in this Sequence. Required if the value of Ophthalmic Axial Length Measurements Type (0022,1010) is present and is either TOTAL LENGTH or LE..."""

    SelectedSegmentalOphthalmicAxialLengthSequence: Annotated[
        list[_SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected]
        | None,
        Attribute(
            0x00221257,
            "SQ",
            "1",
            "1C",
            name="Selected Segmental Ophthalmic Axial Length Sequence",
            when=(
                "and",
                ("present", 0x00221010),
                ("value", 0x00221010, 0, "in", ("SEGMENTAL LENGTH", "LENGTH SUMMATION")),
            ),
            otherwise="may",
        ),
    ] = None
    """Selected Segmental Ophthalmic Axial Length Sequence (0022,1257): Type 1C, VR SQ, VM 1. Required if the value of Ophthalmic Axial Length Measurements Type (0022,1010) is present and is either SEGMENTAL LENGTH or LENGTH SUMMATION. May be present otherwise. Segmental axial length measurement(s) selected for the patient's eye. One or more Items shall be included in this Sequence."""


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
        "OphthalmicAxialLengthMeasurementsType",
    ),
    "OphthalmicAxialLengthQualityMetricSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
        "OphthalmicAxialLengthQualityMetricItem",
    ),
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    ),
    "SelectedSegmentalOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.selected_segmental_ophthalmic_axial_length_sequence_item_ophthalmic_axial_measurements_selected",
        "SelectedSegmentalOphthalmicAxialLengthSequenceItemOphthalmicAxialMeasurementsSelected",
    ),
    "SelectedTotalOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item",
        "SelectedTotalOphthalmicAxialLengthSequenceItem",
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
