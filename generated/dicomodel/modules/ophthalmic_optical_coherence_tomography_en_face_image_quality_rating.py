"""Ophthalmic Optical Coherence Tomography En Face Image Quality Rating Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ophthalmic_en_face_image_quality_rating_sequence_item import (
        OphthalmicEnFaceImageQualityRatingSequenceItem as _OphthalmicEnFaceImageQualityRatingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OphthalmicEnFaceImageQualityRatingSequenceItem = Lazy(
        "dicomodel.items.ophthalmic_en_face_image_quality_rating_sequence_item",
        "OphthalmicEnFaceImageQualityRatingSequenceItem",
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
    from dicomodel.items.ophthalmic_en_face_image_quality_rating_sequence_item import (
        OphthalmicEnFaceImageQualityRatingSequenceItem as OphthalmicEnFaceImageQualityRatingSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicEnFaceImageQualityRatingSequenceItem",
    "OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule",
]


class OphthalmicOpticalCoherenceTomographyEnFaceImageQualityRatingModule(DicomModel):
    """Ophthalmic Optical Coherence Tomography En Face Image Quality Rating Module Attributes (PS3.3 Table C.8.17.15-1)."""

    dicom_name: ClassVar[str] = (
        "Ophthalmic Optical Coherence Tomography En Face Image Quality Rating"
    )
    dicom_table: ClassVar[str] = "table_C.8.17.15-1"

    OphthalmicEnFaceImageQualityRatingSequence: Annotated[
        list[_OphthalmicEnFaceImageQualityRatingSequenceItem],
        Attribute(
            0x00221628, "SQ", "1", "1", name="Ophthalmic En Face Image Quality Rating Sequence"
        ),
    ]
    """Ophthalmic En Face Image Quality Rating Sequence (0022,1628): Type 1, VR SQ, VM 1. Evaluation of the quality of the en face image. Only a single Item shall be included in this Sequence."""


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
    "OphthalmicEnFaceImageQualityRatingSequenceItem": (
        "dicomodel.items.ophthalmic_en_face_image_quality_rating_sequence_item",
        "OphthalmicEnFaceImageQualityRatingSequenceItem",
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
