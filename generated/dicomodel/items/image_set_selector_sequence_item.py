"""Item class ImageSetSelectorSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.image_set_selector_usage_flag import (
        ImageSetSelectorUsageFlagValue as _ImageSetSelectorUsageFlagValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageSetSelectorUsageFlagValue = Lazy(
        "dicomodel.enums.image_set_selector_usage_flag", "ImageSetSelectorUsageFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_set_selector_usage_flag import (
        ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageSetSelectorSequenceItem",
    "ImageSetSelectorUsageFlag",
    "MappingResourceTerm",
    "SelectorCodeSequenceValueItem",
]


class ImageSetSelectorSequenceItem(DicomModel):
    """An item of Image Set Selector Sequence (0072,0022), as first defined in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    dicom_name: ClassVar[str] = "Image Set Selector Sequence"
    dicom_table: ClassVar[str] = "table_C.23.1-1"

    ImageSetSelectorUsageFlag: Annotated[
        _ImageSetSelectorUsageFlagValue,
        Attribute(
            0x00720024,
            "CS",
            "1",
            "1",
            name="Image Set Selector Usage Flag",
            enumerated=((0, ("MATCH", "NO_MATCH")),),
        ),
    ]
    """Image Set Selector Usage Flag (0072,0024): Type 1, VR CS, VM 1. Indicates the behavior of matching against an image object when Selector Attribute (0072,0026) is not available in the image object."""

    SelectorAttribute: Annotated[
        vr.AT, Attribute(0x00720026, "AT", "1", "1", name="Selector Attribute")
    ]
    """Selector Attribute (0072,0026): Type 1, VR AT, VM 1. Data Element Tag of an Attribute from an Image or other IOD to use for Image Set selection."""

    SelectorAttributeVR: Annotated[
        vr.CS, Attribute(0x00720050, "CS", "1", "1", name="Selector Attribute VR")
    ]
    """Selector Attribute VR (0072,0050): Type 1, VR CS, VM 1. The Value Representation of Selector Attribute (0072,0026). See PS3.5 for Enumerated Values of Value Representation."""

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

    SelectorATValue: Annotated[
        list[vr.AT] | None,
        Attribute(
            0x00720060,
            "AT",
            "1-n",
            "1C",
            name="Selector AT Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("AT",))),
        ),
    ] = None
    """Selector AT Value (0072,0060): Type 1C, VR AT, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is AT. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is AT."""

    SelectorCSValue: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00720062,
            "CS",
            "1-n",
            "1C",
            name="Selector CS Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("CS",))),
        ),
    ] = None
    """Selector CS Value (0072,0062): Type 1C, VR CS, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is CS. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is CS."""

    SelectorISValue: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00720064,
            "IS",
            "1-n",
            "1C",
            name="Selector IS Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("IS",))),
        ),
    ] = None
    """Selector IS Value (0072,0064): Type 1C, VR IS, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is IS. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is IS."""

    SelectorLOValue: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x00720066,
            "LO",
            "1-n",
            "1C",
            name="Selector LO Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("LO",))),
        ),
    ] = None
    """Selector LO Value (0072,0066): Type 1C, VR LO, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is LO. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is LO."""

    SelectorLTValue: Annotated[
        vr.LT | None,
        Attribute(
            0x00720068,
            "LT",
            "1",
            "1C",
            name="Selector LT Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("LT",))),
        ),
    ] = None
    """Selector LT Value (0072,0068): Type 1C, VR LT, VM 1. Required if Selector Attribute VR (0072,0050) is present and the value is LT. The value of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is LT."""

    SelectorPNValue: Annotated[
        list[vr.PN] | None,
        Attribute(
            0x0072006A,
            "PN",
            "1-n",
            "1C",
            name="Selector PN Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("PN",))),
        ),
    ] = None
    """Selector PN Value (0072,006A): Type 1C, VR PN, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is PN. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is PN."""

    SelectorSHValue: Annotated[
        list[vr.SH] | None,
        Attribute(
            0x0072006C,
            "SH",
            "1-n",
            "1C",
            name="Selector SH Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("SH",))),
        ),
    ] = None
    """Selector SH Value (0072,006C): Type 1C, VR SH, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is SH. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is SH."""

    SelectorSTValue: Annotated[
        vr.ST | None,
        Attribute(
            0x0072006E,
            "ST",
            "1",
            "1C",
            name="Selector ST Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("ST",))),
        ),
    ] = None
    """Selector ST Value (0072,006E): Type 1C, VR ST, VM 1. Required if Selector Attribute VR (0072,0050) is present and the value is ST. The value of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is ST."""

    SelectorUTValue: Annotated[
        vr.UT | None,
        Attribute(
            0x00720070,
            "UT",
            "1",
            "1C",
            name="Selector UT Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("UT",))),
        ),
    ] = None
    """Selector UT Value (0072,0070): Type 1C, VR UT, VM 1. Required if Selector Attribute VR (0072,0050) is present and the value is UT. The value of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is UT."""

    SelectorDSValue: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00720072,
            "DS",
            "1-n",
            "1C",
            name="Selector DS Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("DS",))),
        ),
    ] = None
    """Selector DS Value (0072,0072): Type 1C, VR DS, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is DS. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is DS."""

    SelectorFDValue: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00720074,
            "FD",
            "1-n",
            "1C",
            name="Selector FD Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("FD",))),
        ),
    ] = None
    """Selector FD Value (0072,0074): Type 1C, VR FD, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is FD. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is FD."""

    SelectorFLValue: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00720076,
            "FL",
            "1-n",
            "1C",
            name="Selector FL Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("FL",))),
        ),
    ] = None
    """Selector FL Value (0072,0076): Type 1C, VR FL, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is FL. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is FL."""

    SelectorULValue: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x00720078,
            "UL",
            "1-n",
            "1C",
            name="Selector UL Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("UL",))),
        ),
    ] = None
    """Selector UL Value (0072,0078): Type 1C, VR UL, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is UL. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is UL."""

    SelectorUSValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0072007A,
            "US",
            "1-n",
            "1C",
            name="Selector US Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("US",))),
        ),
    ] = None
    """Selector US Value (0072,007A): Type 1C, VR US, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is US. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is US."""

    SelectorSLValue: Annotated[
        list[vr.SL] | None,
        Attribute(
            0x0072007C,
            "SL",
            "1-n",
            "1C",
            name="Selector SL Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("SL",))),
        ),
    ] = None
    """Selector SL Value (0072,007C): Type 1C, VR SL, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is SL. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is SL."""

    SelectorSSValue: Annotated[
        list[vr.SS] | None,
        Attribute(
            0x0072007E,
            "SS",
            "1-n",
            "1C",
            name="Selector SS Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("SS",))),
        ),
    ] = None
    """Selector SS Value (0072,007E): Type 1C, VR SS, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is SS. The value(s) of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is SS."""

    SelectorCodeSequenceValue: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00720080,
            "SQ",
            "1",
            "1C",
            name="Selector Code Sequence Value",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'a' (in 'Required if Selector Attribute VR (0072,0050) is present and the value is SQ , and Selector Attribute (0072,0026) is a Code Sequence')",
            ),
        ),
    ] = None
    """Selector Code Sequence Value (0072,0080): Type 1C, VR SQ, VM 1. Required if Selector Attribute VR (0072,0050) is present and the value is SQ, and Selector Attribute (0072,0026) is a Code Sequence. The value(s) of the Attribute identified by Selector Attribute (0072,0026). One or more Items shall be included in this Sequence. See Section C.23.4.2.1.2."""

    SelectorUIValue: Annotated[
        list[vr.UI] | None,
        Attribute(
            0x0072007F,
            "UI",
            "1-n",
            "1C",
            name="Selector UI Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("UI",))),
        ),
    ] = None
    """Selector UI Value (0072,007F): Type 1C, VR UI, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is UI. The value of the Attribute identified by Selector Attribute (0072,0026). Required if Selector Attribute VR (0072,0050) is present and the value is UI."""

    SelectorValueNumber: Annotated[
        vr.US, Attribute(0x00720028, "US", "1", "1", name="Selector Value Number")
    ]
    """Selector Value Number (0072,0028): Type 1, VR US, VM 1. Positive integer identifying which value of a multi-valued Attribute identified by Selector Attribute (0072,0026) is to be used for Image Set selection. The value 1 identifies the first value. The value zero identifies any value."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageSetSelectorUsageFlag": (
        "dicomodel.enums.image_set_selector_usage_flag",
        "ImageSetSelectorUsageFlag",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
