"""Item class SelectedTotalOphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ophthalmic_axial_length_quality_metric_item import (
        OphthalmicAxialLengthQualityMetricItem as _OphthalmicAxialLengthQualityMetricItem,
    )
    from dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item import (
        OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem as _OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicAxialLengthQualityMetricItem = Lazy(
        "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
        "OphthalmicAxialLengthQualityMetricItem",
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
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

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicAxialLengthQualityMetricSequenceItem",
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem",
    "SelectedTotalOphthalmicAxialLengthSequenceItem",
]


class SelectedTotalOphthalmicAxialLengthSequenceItem(DicomModel):
    """An item of Selected Total Ophthalmic Axial Length Sequence (0022,1260), as first defined in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    dicom_name: ClassVar[str] = "Selected Total Ophthalmic Axial Length Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-5"

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement, in mm. The type of measurement is specified in the Ophthalmic Axial Length Measurements Type (0022,1010). See Section C.8.25.14.1.1.3 and Section C.8.25.14.1.1.4 for further explanation."""

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

    OphthalmicAxialLengthQualityMetricSequence: Annotated[
        list[_OphthalmicAxialLengthQualityMetricItem],
        Attribute(
            0x00221262, "SQ", "1", "1", name="Ophthalmic Axial Length Quality Metric Sequence"
        ),
    ]
    """Ophthalmic Axial Length Quality Metric Sequence (0022,1262): Type 1, VR SQ, VM 1. Information about the quality metric applied to Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""


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
    "OphthalmicAxialLengthQualityMetricSequenceItem": (
        "dicomodel.items.ophthalmic_axial_length_quality_metric_item",
        "OphthalmicAxialLengthQualityMetricItem",
    ),
    "ReferencedOphthalmicAxialLengthMeasurementQCImageSequenceItem": (
        "dicomodel.items.ophthalmic_axial_measurements_quality_image_sop_instance_reference_item",
        "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceItem",
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
