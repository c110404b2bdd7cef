"""Ophthalmic Axial Measurements Selected Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item import (
        OpticalSelectedOphthalmicAxialLengthSequenceItem as _OpticalSelectedOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item import (
        UltrasoundSelectedOphthalmicAxialLengthSequenceItem as _UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OpticalSelectedOphthalmicAxialLengthSequenceItem = Lazy(
        "dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item",
        "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    )
    _UltrasoundSelectedOphthalmicAxialLengthSequenceItem = Lazy(
        "dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item",
        "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
    from dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item import (
        OpticalSelectedOphthalmicAxialLengthSequenceItem as OpticalSelectedOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item import (
        SelectedTotalOphthalmicAxialLengthSequenceItem as SelectedTotalOphthalmicAxialLengthSequenceItem,
    )
    from dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item import (
        UltrasoundSelectedOphthalmicAxialLengthSequenceItem as UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
    )

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequenceItem",
    "OphthalmicAxialLengthQualityMetricSequenceItem",
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem",
    "OphthalmicAxialMeasurementsSelectedMacro",
    "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedTotalOphthalmicAxialLengthSequenceItem",
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
]


class OphthalmicAxialMeasurementsSelectedMacro(DicomModel):
    """Ophthalmic Axial Measurements Selected Macro Attributes (PS3.3 Table C.8.25.14-5)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Measurements Selected"
    dicom_table: ClassVar[str] = "table_C.8.25.14-5"

    UltrasoundSelectedOphthalmicAxialLengthSequence: Annotated[
        list[_UltrasoundSelectedOphthalmicAxialLengthSequenceItem] | None,
        Attribute(
            0x00221230,
            "SQ",
            "1",
            "1C",
            name="Ultrasound Selected Ophthalmic Axial Length Sequence",
            when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
        ),
    ] = None
    """Ultrasound Selected Ophthalmic Axial Length Sequence (0022,1230): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND. Information related to the selected axial length measurement of the patient's eye when acquired on an ultrasound device. Only a single Item shall be included in this Sequence."""

    OpticalSelectedOphthalmicAxialLengthSequence: Annotated[
        list[_OpticalSelectedOphthalmicAxialLengthSequenceItem] | None,
        Attribute(
            0x00221255,
            "SQ",
            "1",
            "1C",
            name="Optical Selected Ophthalmic Axial Length Sequence",
            when=("value", 0x00221009, 0, "in", ("OPTICAL",)),
        ),
    ] = None
    """Optical Selected Ophthalmic Axial Length Sequence (0022,1255): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is OPTICAL. Information related to the selected axial length measurement(s) of the patient's eye when acquired on an optical device. One or more Items shall be included in this Sequence."""


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
    "OphthalmicAxialLengthQualityMetricSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
        "OphthalmicAxialLengthQualityMetricItem",
    ),
    "OphthalmicAxialLengthSelectionMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OpticalSelectedOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item",
        "OpticalSelectedOphthalmicAxialLengthSequenceItem",
    ),
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
    ),
    "SelectedTotalOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.selected_total_ophthalmic_axial_length_sequence_item",
        "SelectedTotalOphthalmicAxialLengthSequenceItem",
    ),
    "UltrasoundSelectedOphthalmicAxialLengthSequenceItem": (
        "dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item",
        "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
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
