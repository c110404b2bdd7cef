"""Ophthalmic Thickness Map Quality Rating Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ophthalmic_thickness_map_quality_rating_sequence_item import (
        OphthalmicThicknessMapQualityRatingSequenceItem as _OphthalmicThicknessMapQualityRatingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicThicknessMapQualityRatingSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_thickness_map_quality_rating_sequence_item",
        "OphthalmicThicknessMapQualityRatingSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.ophthalmic_thickness_map_quality_rating_sequence_item import (
        OphthalmicThicknessMapQualityRatingSequenceItem as OphthalmicThicknessMapQualityRatingSequenceItem,
    )
    from dicomodel.items.ophthalmic_thickness_map_quality_threshold_sequence_item import (
        OphthalmicThicknessMapQualityThresholdSequenceItem as OphthalmicThicknessMapQualityThresholdSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicThicknessMapQualityRatingModule",
    "OphthalmicThicknessMapQualityRatingSequenceItem",
    "OphthalmicThicknessMapQualityThresholdSequenceItem",
]


class OphthalmicThicknessMapQualityRatingModule(DicomModel):
    """Ophthalmic Thickness Map Quality Rating Module Attributes (PS3.3 Table C.8.28.3-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Thickness Map Quality Rating"
    dicom_table: ClassVar[str] = "table_C.8.28.3-1"

    OphthalmicThicknessMapQualityRatingSequence: Annotated[
        list[_OphthalmicThicknessMapQualityRatingSequenceItem],
        Attribute(
            0x00221470, "SQ", "1", "1", name="Ophthalmic Thickness Map Quality Rating Sequence"
        ),
    ]
    """Ophthalmic Thickness Map Quality Rating Sequence (0022,1470): Type 1, VR SQ, VM 1. Type of metric and metric value used to evaluate the quality of the ophthalmic mapping for grading and diagnostic purposes for this SOP Instance. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "OphthalmicThicknessMapQualityRatingSequenceItem": (
        "dicomodel.items.ophthalmic_thickness_map_quality_rating_sequence_item",
        "OphthalmicThicknessMapQualityRatingSequenceItem",
    ),
    "OphthalmicThicknessMapQualityThresholdSequenceItem": (
        "dicomodel.items.ophthalmic_thickness_map_quality_threshold_sequence_item",
        "OphthalmicThicknessMapQualityThresholdSequenceItem",
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
