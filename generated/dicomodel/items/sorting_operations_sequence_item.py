"""Item class SortingOperationsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.sort_by_category import SortByCategoryTerm as _SortByCategoryTerm
    from dicomodel.enums.sorting_direction import SortingDirectionValue as _SortingDirectionValue
else:
    from dicomodel.lazy import Lazy

    _SortByCategoryTerm = Lazy("dicomodel.enums.sort_by_category", "SortByCategoryTerm")
    _SortingDirectionValue = Lazy("dicomodel.enums.sorting_direction", "SortingDirectionValue")

if TYPE_CHECKING:
    from dicomodel.enums.sort_by_category import SortByCategoryTerm as SortByCategoryTerm
    from dicomodel.enums.sorting_direction import SortingDirection as SortingDirection

__all__ = [
    "SortByCategoryTerm",
    "SortingDirection",
    "SortingOperationsSequenceItem",
]


class SortingOperationsSequenceItem(DicomModel):
    """An item of Sorting Operations Sequence (0072,0600), as first defined in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    dicom_name: ClassVar[str] = "Sorting Operations Sequence"
    dicom_table: ClassVar[str] = "table_C.23.3-1"

    SelectorAttribute: Annotated[
        vr.AT | None,
        Attribute(
            0x00720026,
            "AT",
            "1",
            "1C",
            name="Selector Attribute",
            when=("not", ("present", 0x00720602)),
        ),
    ] = None
    """Selector Attribute (0072,0026): Type 1C, VR AT, VM 1. Required if Sort-by Category (0072,0602) is not present. Data Element Tag of an Attribute from an Image IOD to be used for sorting. See Section C.23.3.1.2 for potential Attributes. Required if Sort-by Category (0072,0602) is not present."""

    SelectorSequencePointer: Annotated[
        list[vr.AT] | None,
        Attribute(
            0x00720052,
            "AT",
            "1-n",
            "1C",
            name="Selector Sequence Pointer",
            when=("unknown", "depends on where the selected attribute stands"),
        ),
    ] = None
    """Selector Sequence Pointer (0072,0052): Type 1C, VR AT, VM 1-n. Required if Selector Attribute (0072,0026) is nested in a Sequence. Contains the Data Element Tag of the Sequence that contains the Attribute that is identified by Selector Attribute (0072,0026). Required if Selector Attribute (0072,0026) is nested in a Sequence."""

    FunctionalGroupPointer: Annotated[
        vr.AT | None,
        Attribute(
            0x00209167,
            "AT",
            "1",
            "1C",
            name="Functional Group Pointer",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the value of Selector Attribute (0072,0026) is the Data Element Tag of an Attribute that is contained within a Functional Group Sequence')",
            ),
        ),
    ] = None
    """Functional Group Pointer (0020,9167): Type 1C, VR AT, VM 1. Required if the value of Selector Attribute (0072,0026) is the Data Element Tag of an Attribute that is contained within a Functional Group Sequence. Contains the Data Element Tag of the Functional Group Sequence that contains the Attribute that is identified by Selector Attribute (0072,0026)."""

    SelectorSequencePointerPrivateCreator: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x00720054,
            "LO",
            "1-n",
            "1C",
            name="Selector Sequence Pointer Private Creator",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the Selector Sequence Pointer (0072,0052) value is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Selector Sequence Pointer Private Creator (0072,0054): Type 1C, VR LO, VM 1-n. Required if the Selector Sequence Pointer (0072,0052) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Selector Sequence Pointer (0072,0052) value is the Data Element Tag of a Private Attribute."""

    FunctionalGroupPrivateCreator: Annotated[
        vr.LO | None,
        Attribute(
            0x00209238,
            "LO",
            "1",
            "1C",
            name="Functional Group Private Creator",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the Functional Group Pointer (0020,9167) value is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Functional Group Private Creator (0020,9238): Type 1C, VR LO, VM 1. Required if the Functional Group Pointer (0020,9167) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Functional Group Pointer (0020,9167) value is the Data Element Tag of a Private Attribute."""

    SelectorAttributePrivateCreator: Annotated[
        vr.LO | None,
        Attribute(
            0x00720056,
            "LO",
            "1",
            "1C",
            name="Selector Attribute Private Creator",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Selector Attribute Private Creator (0072,0056): Type 1C, VR LO, VM 1. Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute."""

    SelectorValueNumber: Annotated[
        vr.US | None,
        Attribute(
            0x00720028, "US", "1", "1C", name="Selector Value Number", when=("present", 0x00720026)
        ),
    ] = None
    """Selector Value Number (0072,0028): Type 1C, VR US, VM 1. Required if Selector Attribute (0072,0026) is present. Positive integer identifying which value of the Attribute identified by Selector Attribute (0072,0026) is to be used for sorting. The value of 1 identifies the first value. Shall not be zero."""

    SortByCategory: Annotated[
        _SortByCategoryTerm | vr.CS | None,
        Attribute(
            0x00720602,
            "CS",
            "1",
            "1C",
            name="Sort-by Category",
            when=("not", ("present", 0x00720026)),
        ),
    ] = None
    """Sort-by Category (0072,0602): Type 1C, VR CS, VM 1. Required if Selector Attribute (0072,0026) is not present. Category of the sorting operation. See Section C.23.3.1.2. Defined Terms: ALONG_AXIS for CT, MR, other cross-sectional image sets BY_ACQ_TIME Required if Selector Attribute (0072,0026) is not present."""

    SortingDirection: Annotated[
        _SortingDirectionValue,
        Attribute(
            0x00720604,
            "CS",
            "1",
            "1",
            name="Sorting Direction",
            enumerated=((0, ("INCREASING", "DECREASING")),),
        ),
    ]
    """Sorting Direction (0072,0604): Type 1, VR CS, VM 1. Sorting direction to be applied to the value(s) in the image set of the Attribute identified by Selector Attribute (0072,0026) or Sort-by Category (0072,0602). Enumerated Values: INCREASING DECREASING"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SortByCategoryTerm": ("dicomodel.enums.sort_by_category", "SortByCategoryTerm"),
    "SortingDirection": ("dicomodel.enums.sorting_direction", "SortingDirection"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
