"""Wide Field Ophthalmic Photography Quality Rating Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.wide_field_ophthalmic_photography_quality_rating_sequence_item import (
        WideFieldOphthalmicPhotographyQualityRatingSequenceItem as _WideFieldOphthalmicPhotographyQualityRatingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _WideFieldOphthalmicPhotographyQualityRatingSequenceItem = Lazy(
        "dicomodel.items.wide_field_ophthalmic_photography_quality_rating_sequence_item",
        "WideFieldOphthalmicPhotographyQualityRatingSequenceItem",
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
    from dicomodel.items.wide_field_ophthalmic_photography_quality_rating_sequence_item import (
        WideFieldOphthalmicPhotographyQualityRatingSequenceItem as WideFieldOphthalmicPhotographyQualityRatingSequenceItem,
    )
    from dicomodel.items.wide_field_ophthalmic_photography_quality_threshold_sequence_item import (
        WideFieldOphthalmicPhotographyQualityThresholdSequenceItem as WideFieldOphthalmicPhotographyQualityThresholdSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "WideFieldOphthalmicPhotographyQualityRatingModule",
    "WideFieldOphthalmicPhotographyQualityRatingSequenceItem",
    "WideFieldOphthalmicPhotographyQualityThresholdSequenceItem",
]


class WideFieldOphthalmicPhotographyQualityRatingModule(DicomModel):
    """Wide Field Ophthalmic Photography Quality Rating Module Attributes (PS3.3 Table C.8.17.13-1)."""

    dicom_name: ClassVar[str] = "Wide Field Ophthalmic Photography Quality Rating"
    dicom_table: ClassVar[str] = "table_C.8.17.13-1"

    WideFieldOphthalmicPhotographyQualityRatingSequence: Annotated[
        list[_WideFieldOphthalmicPhotographyQualityRatingSequenceItem],
        Attribute(
            0x00221525,
            "SQ",
            "1",
            "1",
            name="Wide Field Ophthalmic Photography Quality Rating Sequence",
        ),
    ]
    """Wide Field Ophthalmic Photography Quality Rating Sequence (0022,1525): Type 1, VR SQ, VM 1. Type of metric and metric value used to evaluate the quality of the projection or mapping used for the wide field ophthalmic photography image for this SOP Instance. Only a single Item shall be included in this Sequence."""


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
    "WideFieldOphthalmicPhotographyQualityRatingSequenceItem": (
        "dicomodel.items.wide_field_ophthalmic_photography_quality_rating_sequence_item",
        "WideFieldOphthalmicPhotographyQualityRatingSequenceItem",
    ),
    "WideFieldOphthalmicPhotographyQualityThresholdSequenceItem": (
        "dicomodel.items.wide_field_ophthalmic_photography_quality_threshold_sequence_item",
        "WideFieldOphthalmicPhotographyQualityThresholdSequenceItem",
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
