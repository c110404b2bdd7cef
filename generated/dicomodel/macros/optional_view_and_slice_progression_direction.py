"""Optional View and Slice Progression Direction Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionValue as _SliceProgressionDirectionValue,
    )
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection,
    )
else:
    from dicomodel.lazy import Lazy

    _SliceProgressionDirectionValue = Lazy(
        "dicomodel.enums.slice_progression_direction", "SliceProgressionDirectionValue"
    )
    _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection = Lazy(
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirection as SliceProgressionDirection,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as ViewCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OptionalViewAndSliceProgressionDirectionMacro",
    "SliceProgressionDirection",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class OptionalViewAndSliceProgressionDirectionMacro(DicomModel):
    """Optional View and Slice Progression Direction Macro Attributes (PS3.3 Table 10-25)."""

    dicom_name: ClassVar[str] = "Optional View and Slice Progression Direction"
    dicom_table: ClassVar[str] = "table_10-25"

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection] | None,
        Attribute(0x00540220, "SQ", "1", "3", name="View Code Sequence"),
    ] = None
    """View Code Sequence (0054,0220): Type 3, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest. Only a single Item is permitted in this Sequence."""

    SliceProgressionDirection: Annotated[
        _SliceProgressionDirectionValue | None,
        Attribute(
            0x00540500,
            "CS",
            "1",
            "3",
            name="Slice Progression Direction",
            enumerated=(
                (
                    0,
                    (
                        "APEX_TO_BASE",
                        "BASE_TO_APEX",
                        "ANT_TO_INF",
                        "INF_TO_ANT",
                        "SEPTUM_TO_WALL",
                        "WALL_TO_SEPTUM",
                    ),
                ),
            ),
        ),
    ] = None
    """Slice Progression Direction (0054,0500): Type 3, VR CS, VM 1. Describes the anatomical direction in which a set of slices is progressing (see Section 10.20.1.1). Meaningful only for cardiac images. Enumerated Values are defined in Section 10.20.1.1."""


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
    "SliceProgressionDirection": (
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirection",
    ),
    "ViewCodeSequenceItem": (
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    ),
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
