"""Container Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.continuity_of_content import (
        ContinuityOfContentValue as _ContinuityOfContentValue,
    )
    from dicomodel.items.content_template_sequence_item_container import (
        ContentTemplateSequenceItemContainer as _ContentTemplateSequenceItemContainer,
    )
else:
    from dicomodel.lazy import Lazy

    _ContentTemplateSequenceItemContainer = Lazy(
        "dicomodel.items.content_template_sequence_item_container",
        "ContentTemplateSequenceItemContainer",
    )
    _ContinuityOfContentValue = Lazy(
        "dicomodel.enums.continuity_of_content", "ContinuityOfContentValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.continuity_of_content import ContinuityOfContent as ContinuityOfContent
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.content_template_sequence_item_container import (
        ContentTemplateSequenceItemContainer as ContentTemplateSequenceItem,
    )

__all__ = [
    "ContainerMacro",
    "ContentTemplateSequenceItem",
    "ContinuityOfContent",
    "MappingResourceTerm",
]


class ContainerMacro(DicomModel):
    """Container Macro Attributes (PS3.3 Table C.18.8-1)."""

    dicom_name: ClassVar[str] = "Container"
    dicom_table: ClassVar[str] = "table_C.18.8-1"

    ContinuityOfContent: Annotated[
        _ContinuityOfContentValue,
        Attribute(
            0x0040A050,
            "CS",
            "1",
            "1",
            name="Continuity of Content",
            enumerated=((0, ("SEPARATE", "CONTINUOUS")),),
        ),
    ]
    """Continuity of Content (0040,A050): Type 1, VR CS, VM 1. This flag specifies for a CONTAINER whether or not its contained Content Items are logically linked in a continuous textual flow, or are separate Items. Enumerated Values: SEPARATE CONTINUOUS See Section C.18.8.1.1 for further explanation."""

    ContentTemplateSequence: Annotated[
        list[_ContentTemplateSequenceItemContainer] | None,
        Attribute(
            0x0040A504,
            "SQ",
            "1",
            "1C",
            name="Content Template Sequence",
            when=("unknown", "depends on what is known to the creator"),
        ),
    ] = None
    """Content Template Sequence (0040,A504): Type 1C, VR SQ, VM 1. Required if a template defined and known to the implementation at the time of encoding was used to define the content of this Item, and the template consists of a single CONTAINER with nested content, and it is the outermost invocation of a set of nested templates that start with the same CONTAINER (see Section C.18.8.1.2). Template that describes the content of this Content Item and its subsidiary Content Items. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContentTemplateSequenceItem": (
        "dicomodel.items.content_template_sequence_item_container",
        "ContentTemplateSequenceItemContainer",
    ),
    "ContinuityOfContent": ("dicomodel.enums.continuity_of_content", "ContinuityOfContent"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
