"""NM Detector Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.detector_information_sequence_item import (
        DetectorInformationSequenceItem as _DetectorInformationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DetectorInformationSequenceItem = Lazy(
        "dicomodel.items.detector_information_sequence_item", "DetectorInformationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.collimator_type import CollimatorTypeTerm as CollimatorTypeTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShapeTerm as FieldOfViewShapeTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.detector_information_sequence_item import (
        DetectorInformationSequenceItem as DetectorInformationSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item import ViewCodeSequenceItem as ViewCodeSequenceItem

__all__ = [
    "CollimatorTypeTerm",
    "ContextGroupExtensionFlag",
    "DetectorInformationSequenceItem",
    "EquivalentCodeSequenceItem",
    "FieldOfViewShapeTerm",
    "MappingResourceTerm",
    "NMDetectorModule",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class NMDetectorModule(DicomModel):
    """NM Detector Module Attributes (PS3.3 Table C.8-11)."""

    dicom_name: ClassVar[str] = "NM Detector"
    dicom_table: ClassVar[str] = "table_C.8-11"

    DetectorInformationSequence: Annotated[
        list[_DetectorInformationSequenceItem] | None,
        Attribute(0x00540022, "SQ", "1", "2", name="Detector Information Sequence"),
    ]
    """Detector Information Sequence (0054,0022): Type 2, VR SQ, VM 1. Sequence of Items that describe the detectors used. Zero or more Items shall be included in this Sequence. The number of Items shall be equal to Number of Detectors (0054,0021)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CollimatorTypeTerm": ("dicomodel.enums.collimator_type", "CollimatorTypeTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DetectorInformationSequenceItem": (
        "dicomodel.items.detector_information_sequence_item",
        "DetectorInformationSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FieldOfViewShapeTerm": ("dicomodel.enums.field_of_view_shape", "FieldOfViewShapeTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ViewCodeSequenceItem": ("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem"),
    "ViewModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
