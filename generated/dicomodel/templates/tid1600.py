"""TID 1600 Image Library.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1601, tid1602

__all__ = [
    "TEMPLATE",
    "ImageLibrary",
    "ImageLibraryImageLibraryGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1600",
    name="Image Library",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111028", "Image Library"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "126200", "Image Library Group"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="1602",
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1601",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ImageLibrary(TemplatePart):
    """TID 1600 Image Library."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    image_library_group: list[ImageLibraryImageLibraryGroup] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CONTAINER EV (126200, DCM, \"Image Library Group\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ImageLibraryImageLibraryGroup(TemplatePart):
    """Row 2 of TID 1600."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    image_library_entry_descriptors: tid1602.ImageLibraryEntryDescriptors | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1602, VM 1, U"""

    image_library_entry: list[tid1601.ImageLibraryEntry] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1601, VM 1-n, U"""
