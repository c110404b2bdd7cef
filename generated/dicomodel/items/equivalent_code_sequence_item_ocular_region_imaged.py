"""Item class EquivalentCodeSequenceItemOcularRegionImaged.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.coded_item import CodedItem
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlagValue as _ContextGroupExtensionFlagValue,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as _MappingResourceTerm
else:
    from dicomodel.lazy import Lazy

    _ContextGroupExtensionFlagValue = Lazy(
        "dicomodel.enums.context_group_extension_flag", "ContextGroupExtensionFlagValue"
    )
    _MappingResourceTerm = Lazy("dicomodel.enums.mapping_resource", "MappingResourceTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItemOcularRegionImaged",
    "MappingResourceTerm",
]


class EquivalentCodeSequenceItemOcularRegionImaged(CodedItem):
    """An item of Equivalent Code Sequence (0008,0121), as first defined in Ocular Region Imaged Module Attributes (C.8.17.5-1)."""

    dicom_name: ClassVar[str] = "Equivalent Code Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.5-1"

    CodeValue: Annotated[
        vr.SH | None,
        Attribute(
            0x00080100,
            "SH",
            "1",
            "1C",
            name="Code Value",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                ("unknown", "depends on whether the code is a URN or URL"),
            ),
        ),
    ] = None
    """Code Value (0008,0100): Type 1C, VR SH, VM 1. Shall be present if the code value length is 16 characters or less, and the code value is not a URN or URL. The identifier of the Coded Entry. See Section 8.1. Shall be present if the code value length is 16 characters or less, and the code value is not a URN or URL."""

    CodingSchemeDesignator: Annotated[
        vr.SH | None,
        Attribute(
            0x00080102,
            "SH",
            "1",
            "1C",
            name="Coding Scheme Designator",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                ("or", ("present", 0x00080100), ("present", 0x00080119)),
            ),
            otherwise="may",
        ),
    ] = None
    """Coding Scheme Designator (0008,0102): Type 1C, VR SH, VM 1. Shall be present if Code Value (0008,0100) or Long Code Value (0008,0119) is present. May be present otherwise. The identifier of the coding scheme in which the Coded Entry is defined. See Section 8.2. Shall be present if Code Value (0008,0100) or Long Code Value (0008,0119) is present. May be present otherwise."""

    CodingSchemeVersion: Annotated[
        vr.SH | None,
        Attribute(
            0x00080103,
            "SH",
            "1",
            "1C",
            name="Coding Scheme Version",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                (
                    "unknown",
                    "condition not read: no value after the verb at 'sufficient' (in 'Required if the value of Coding Scheme Designator (0008,0102) is present and is not sufficient to identify the Code Value (0008,0100) or Long Code Value (0008,0119) unambiguously')",
                ),
            ),
            forbid=("not", ("present", 0x00080102)),
            otherwise="may",
        ),
    ] = None
    """Coding Scheme Version (0008,0103): Type 1C, VR SH, VM 1. Required if the value of Coding Scheme Designator (0008,0102) is present and is not sufficient to identify the Code Value (0008,0100) or Long Code Value (0008,0119) unambiguously. Shall not be present if Coding Scheme Designator (0008,0102) is absent. May be present otherwise. An identifier of the version of the coding scheme if necessary to resolve ambiguity. See Section 8.2. Required if the value of Coding Scheme Designator (0008,0102) is present and is not sufficient to identify the Code Value (0008,0100) or L..."""

    CodeMeaning: Annotated[
        vr.LO | None,
        Attribute(
            0x00080104,
            "LO",
            "1",
            "1C",
            name="Code Meaning",
            when=(
                "unknown",
                "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
            ),
        ),
    ] = None
    """Code Meaning (0008,0104): Type 1, VR LO, VM 1. Text that conveys the meaning of the Coded Entry. See Section 8.3."""

    LongCodeValue: Annotated[
        vr.UC | None,
        Attribute(
            0x00080119,
            "UC",
            "1",
            "1C",
            name="Long Code Value",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                (
                    "and",
                    ("not", ("present", 0x00080100)),
                    ("unknown", "depends on whether the code is a URN or URL"),
                ),
            ),
        ),
    ] = None
    """Long Code Value (0008,0119): Type 1C, VR UC, VM 1. Shall be present if Code Value (0008,0100) is not present and the Code Value is not a URN or URL. The identifier of the Coded Entry. See Section 8.1. Shall be present if Code Value (0008,0100) is not present and the Code Value is not a URN or URL."""

    URNCodeValue: Annotated[
        vr.UR | None,
        Attribute(
            0x00080120,
            "UR",
            "1",
            "1C",
            name="URN Code Value",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                (
                    "and",
                    ("not", ("present", 0x00080100)),
                    ("unknown", "depends on whether the code is a URN or URL"),
                ),
            ),
        ),
    ] = None
    """URN Code Value (0008,0120): Type 1C, VR UR, VM 1. Shall be present if Code Value (0008,0100) is not present and the Code Value is a URN or URL. The identifier of the Coded Entry. See Section 8.1. Shall be present if Code Value (0008,0100) is not present and the Code Value is a URN or URL."""

    ContextIdentifier: Annotated[
        vr.CS | None, Attribute(0x0008010F, "CS", "1", "3", name="Context Identifier")
    ] = None
    """Context Identifier (0008,010F): Type 3, VR CS, VM 1. The identifier of the Context Group from which the Coded Entry was selected. See Section 8.6."""

    ContextUID: Annotated[
        vr.UI | None, Attribute(0x00080117, "UI", "1", "3", name="Context UID")
    ] = None
    """Context UID (0008,0117): Type 3, VR UI, VM 1. The unique identifier of the Context Group from which the Coded Entry was selected. See Section 8.6."""

    MappingResource: Annotated[
        _MappingResourceTerm | vr.CS | None,
        Attribute(
            0x00080105,
            "CS",
            "1",
            "1C",
            name="Mapping Resource",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                ("present", 0x0008010F),
            ),
        ),
    ] = None
    """Mapping Resource (0008,0105): Type 1C, VR CS, VM 1. Required if Context Identifier (0008,010F) is present. The identifier of the Mapping Resource that defines the Context Group from which Coded Entry was selected. See Section 8.4. Required if Context Identifier (0008,010F) is present."""

    MappingResourceUID: Annotated[
        vr.UI | None, Attribute(0x00080118, "UI", "1", "3", name="Mapping Resource UID")
    ] = None
    """Mapping Resource UID (0008,0118): Type 3, VR UI, VM 1. The unique identifier of the Mapping Resource that defines the Context Group from which Coded Entry was selected. The unique identifier for the DICOM Content Mapping Resource \"DCMR\" is defined in PS3.6."""

    MappingResourceName: Annotated[
        vr.LO | None, Attribute(0x00080122, "LO", "1", "3", name="Mapping Resource Name")
    ] = None
    """Mapping Resource Name (0008,0122): Type 3, VR LO, VM 1. The name of the Mapping Resource that defines the Context Group from which Coded Entry was selected. See Section 8.4."""

    ContextGroupVersion: Annotated[
        vr.DT | None,
        Attribute(
            0x00080106,
            "DT",
            "1",
            "1C",
            name="Context Group Version",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                ("present", 0x0008010F),
            ),
        ),
    ] = None
    """Context Group Version (0008,0106): Type 1C, VR DT, VM 1. Required if Context Identifier (0008,010F) is present. The identifier of the version of the Context Group from which the Coded Entry was selected. See Section 8.5. Required if Context Identifier (0008,010F) is present."""

    ContextGroupExtensionFlag: Annotated[
        _ContextGroupExtensionFlagValue | None,
        Attribute(
            0x0008010B,
            "CS",
            "1",
            "3",
            name="Context Group Extension Flag",
            enumerated=((0, ("Y", "N")),),
        ),
    ] = None
    """Context Group Extension Flag (0008,010B): Type 3, VR CS, VM 1. Indicates whether the triplet of Code Value (0008,0100) (or Long Code Value (0008,0119) or URN Code Value (0008,0120))/Coding Scheme Designator (0008,0102)/Code Meaning (0008,0104) is selected from a private extension of the Context Group i..."""

    ContextGroupLocalVersion: Annotated[
        vr.DT | None,
        Attribute(
            0x00080107,
            "DT",
            "1",
            "1C",
            name="Context Group Local Version",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                ("value", 0x0008010B, 0, "in", ("Y",)),
            ),
        ),
    ] = None
    """Context Group Local Version (0008,0107): Type 1C, VR DT, VM 1. Required if the value of Context Group Extension Flag (0008,010B) is \"Y\". An implementation-specific version of a Context Group that contains private extensions. See Section 8.7. Required if the value of Context Group Extension Flag (0008,010B) is \"Y\"."""

    ContextGroupExtensionCreatorUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0008010D,
            "UI",
            "1",
            "1C",
            name="Context Group Extension Creator UID",
            when=(
                "and",
                (
                    "unknown",
                    "condition not read: sentence not understood: 'In this Module , Primary Anatomic Structure Sequence (0008,2228) is specialized to be Type 1C'; not understood: 'Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024)' (in 'required if Attributes Ophthalmic Anatomic Reference Point X-Coordinate (0022,0024) and Ophthalmic Anatomic Reference Point Y-Coordinate (0022,0026) contain a value')",
                ),
                ("value", 0x0008010B, 0, "in", ("Y",)),
            ),
        ),
    ] = None
    """Context Group Extension Creator UID (0008,010D): Type 1C, VR UI, VM 1. Required if the value of Context Group Extension Flag (0008,010B) is \"Y\". Identifies the person or organization who created an extension to the Context Group. See Section 8.7. Required if the value of Context Group Extension Flag (0008,010B) is \"Y\"."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
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
