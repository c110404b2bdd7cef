"""Item class OphthalmicThicknessMapQualityRatingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.ophthalmic_thickness_map_quality_threshold_sequence_item import (
        OphthalmicThicknessMapQualityThresholdSequenceItem as _OphthalmicThicknessMapQualityThresholdSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _OphthalmicThicknessMapQualityThresholdSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_thickness_map_quality_threshold_sequence_item",
        "OphthalmicThicknessMapQualityThresholdSequenceItem",
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
    "OphthalmicThicknessMapQualityRatingSequenceItem",
    "OphthalmicThicknessMapQualityThresholdSequenceItem",
]


class OphthalmicThicknessMapQualityRatingSequenceItem(DicomModel):
    """An item of Ophthalmic Thickness Map Quality Rating Sequence (0022,1470), as first defined in Ophthalmic Thickness Map Quality Rating Module Attributes (C.8.28.3-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Thickness Map Quality Rating Sequence"
    dicom_table: ClassVar[str] = "table_C.8.28.3-1"

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. Coded concept name of this name-value Item. Only a single Item shall be included in this Sequence."""

    NumericValue: Annotated[
        list[vr.DS], Attribute(0x0040A30A, "DS", "1-n", "1", name="Numeric Value")
    ]
    """Numeric Value (0040,A30A): Type 1, VR DS, VM 1-n. Numeric value for this name-value Item."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of Numeric Value (0040,A30A) in this name-value Item. Only a single Item shall be included in this Sequence."""

    OphthalmicThicknessMapQualityThresholdSequence: Annotated[
        list[_OphthalmicThicknessMapQualityThresholdSequenceItem],
        Attribute(
            0x00221458, "SQ", "1", "1", name="Ophthalmic Thickness Map Quality Threshold Sequence"
        ),
    ]
    """Ophthalmic Thickness Map Quality Threshold Sequence (0022,1458): Type 1, VR SQ, VM 1. Quality threshold value and software algorithm used to provide the ophthalmic thickness map quality rating for this SOP Instance. Only a single Item shall be included in this Sequence."""


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
