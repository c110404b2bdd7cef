"""Mandatory View and Slice Progression Direction Macro Attributes.

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
    from dicomodel.items.view_code_sequence_item import (
        ViewCodeSequenceItem as _ViewCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SliceProgressionDirectionValue = Lazy(
        "dicomodel.enums.slice_progression_direction", "SliceProgressionDirectionValue"
    )
    _ViewCodeSequenceItem = Lazy("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem")

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
    from dicomodel.items.view_code_sequence_item import ViewCodeSequenceItem as ViewCodeSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MandatoryViewAndSliceProgressionDirectionMacro",
    "MappingResourceTerm",
    "SliceProgressionDirection",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class MandatoryViewAndSliceProgressionDirectionMacro(DicomModel):
    """Mandatory View and Slice Progression Direction Macro Attributes (PS3.3 Table 10-24)."""

    dicom_name: ClassVar[str] = "Mandatory View and Slice Progression Direction"
    dicom_table: ClassVar[str] = "table_10-24"

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItem],
        Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
    ]
    """View Code Sequence (0054,0220): Type 1, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest. Only a single Item shall be included in this Sequence."""

    SliceProgressionDirection: Annotated[
        _SliceProgressionDirectionValue | None,
        Attribute(
            0x00540500,
            "CS",
            "1",
            "1C",
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
            when=(
                "code",
                0x00540220,
                (("103340004", "SCT"), ("131185001", "SCT"), ("131186000", "SCT")),
            ),
            otherwise="may",
        ),
    ] = None
    """Slice Progression Direction (0054,0500): Type 1C, VR CS, VM 1. Required if View Code Sequence (0054,0220) equals (103340004, SCT, \"Short Axis\") or (131185001, SCT, \"Vertical Long Axis\") or (131186000, SCT, \"Horizontal Long Axis\"). May be present otherwise. Describes the anatomical direction in which a set of slices is progressing (see Section 10.20.1.1). Meaningful only for cardiac images. Enumerated Values are defined in Section 10.20.1.1."""


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
