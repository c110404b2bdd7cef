"""Basic Code Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BasicCodeSequenceMacro",
]


class BasicCodeSequenceMacro(DicomModel):
    """Basic Code Sequence Macro Attributes (PS3.3 Table 8.8-1a)."""

    dicom_name: ClassVar[str] = "Basic Code Sequence"
    dicom_table: ClassVar[str] = "table_8.8-1a"

    CodeValue: Annotated[
        vr.SH | None,
        Attribute(
            0x00080100,
            "SH",
            "1",
            "1C",
            name="Code Value",
            when=("unknown", "depends on whether the code is a URN or URL"),
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
            when=("or", ("present", 0x00080100), ("present", 0x00080119)),
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
                "unknown",
                "condition not read: no value after the verb at 'sufficient' (in 'Required if the value of Coding Scheme Designator (0008,0102) is present and is not sufficient to identify the Code Value (0008,0100) or Long Code Value (0008,0119) unambiguously')",
            ),
            forbid=("not", ("present", 0x00080102)),
            otherwise="may",
        ),
    ] = None
    """Coding Scheme Version (0008,0103): Type 1C, VR SH, VM 1. Required if the value of Coding Scheme Designator (0008,0102) is present and is not sufficient to identify the Code Value (0008,0100) or Long Code Value (0008,0119) unambiguously. Shall not be present if Coding Scheme Designator (0008,0102) is absent. May be present otherwise. An identifier of the version of the coding scheme if necessary to resolve ambiguity. See Section 8.2. Required if the value of Coding Scheme Designator (0008,0102) is present and is not sufficient to identify the Code Value (0008,0100) or L..."""

    CodeMeaning: Annotated[vr.LO, Attribute(0x00080104, "LO", "1", "1", name="Code Meaning")]
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
                ("not", ("present", 0x00080100)),
                ("unknown", "depends on whether the code is a URN or URL"),
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
                ("not", ("present", 0x00080100)),
                ("unknown", "depends on whether the code is a URN or URL"),
            ),
        ),
    ] = None
    """URN Code Value (0008,0120): Type 1C, VR UR, VM 1. Shall be present if Code Value (0008,0100) is not present and the Code Value is a URN or URL. The identifier of the Coded Entry. See Section 8.1. Shall be present if Code Value (0008,0100) is not present and the Code Value is a URN or URL."""
