"""Condition texts of PS3.3 2024c that the grammar must read differently, with the reason.

Each fix names its table and tag path (a module or functional group row: its name)
and replaces the text the grammar reads;
the IR keeps the published text (and the rule records that an override applied).
A fix applies only while the published text is the one it was written for.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConditionFix:
    """Read ``replacement`` instead of ``published`` in ``table`` at ``path``."""

    table: str
    path: str
    published: str
    replacement: str
    reason: str


_C36_SEGMENT_REFERENCE = (
    "PS3.3 2024c Section C.36.9.1.1 (Table C.36.9-2 Permitted SOP Classes): the "
    "Referencing Attribute that the SOP Class UID of the Referenced SOP Sequence "
    "(0008,1199) item requires; the SOP Instance Reference Macro (Table 10-11) holds it "
    "as Referenced SOP Class UID (0008,1150)"
)
_SEGMENT_ROWS = (
    ("(0062,000B)", "1.2.840.10008.5.1.4.1.1.66.4 or 1.2.840.10008.5.1.4.1.1.66.5"),
    ("(3010,0031)", "1.2.840.10008.5.1.4.1.1.66.2"),
    ("(3006,0084)", "1.2.840.10008.5.1.4.1.1.481.3"),
    ("(0066,002C)", "1.2.840.10008.5.1.4.1.1.68.1"),
)

FIXES: tuple[ConditionFix, ...] = (
    *(
        ConditionFix(
            table="table_C.36.9-1",
            path=f"(3010,0021)>(3010,0023)>{tag}",
            published="Required as described in Section C.36.9.1.1.",
            replacement="Required if Referenced SOP Class UID (0008,1150) in Referenced SOP "
            f"Sequence (0008,1199) is {uids}.",
            reason=_C36_SEGMENT_REFERENCE,
        )
        for tag, uids in _SEGMENT_ROWS
    ),
    ConditionFix(
        table="table_C.36.2.4.4-1",
        path="(3002,012D)",
        published="Required ifImaging Aperture Specification Type (3002,0115) does not have a "
        "value of OPEN.",
        replacement="Required if Imaging Aperture Specification Type (3002,0115) does not have "
        "a value of OPEN.",
        reason="PS3.3 2024c Table C.36.2.4.4-1 (Imaging Aperture Macro): the space after 'if' "
        "is missing in the published text",
    ),
    ConditionFix(
        table="table_C.36.2.2.19-1",
        path="(300A,0647)>(3008,00A4)",
        published="Required if Parallel RT Beam Delimiter Opening Mode (300A,064E) has the value "
        "BINARY. Maybe be present otherwise.",
        replacement="Required if Parallel RT Beam Delimiter Opening Mode (300A,064E) has the "
        "value BINARY. May be present otherwise.",
        reason="PS3.3 2024c Table C.36.2.2.19-1: 'Maybe be present otherwise' is a typo of "
        "the usual 'May be present otherwise'",
    ),
    ConditionFix(
        table="table_C.8-77",
        path="(0008,1140)",
        published="Required if Image Type (0008,0008) Value 3 is present and has a value of "
        '"STEREO L" or "STEREO R". May also be present otherwise.',
        replacement="Required if Image Type (0008,0008) Value 3 is present and has a value of "
        '"STEREO L" or "STEREO R". May be present otherwise.',
        reason="PS3.3 2024c Table C.8-77 (Ophthalmic Photography Image Module): 'May also be "
        "present otherwise' says no more than the usual 'May be present otherwise'",
    ),
    ConditionFix(
        table="table_C.8-50",
        path="(300A,00B0)>(300A,0111)>(3008,00A2)",
        published="Required for first Item of Control Point Sequence (300A,0111), or if the "
        "values of the Beam Limiting Device change during Beam and if Enhanced RT Beam Limiting "
        "Device Definition Flag (3008,00A3) is present and has the value YES.",
        replacement="Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) "
        "is present and has the value YES and either the first Item of Control Point "
        "Sequence (300A,0111) or the values of the Beam Limiting Device change during Beam.",
        reason="PS3.3 2024c Table C.8-50 (RT Beams Module): the Enhanced RT Beam Limiting "
        "Opening Sequence describes the devices of the Enhanced RT Beam Limiting Device "
        "Sequence (3008,00A1), which is present only when the Definition Flag is YES "
        "(C.8.8.14.21); read literally, every plan without the flag would need it in its "
        "first control point",
    ),
    ConditionFix(
        table="table_C.8-57",
        path="(3008,0020)>(3008,0040)>(3008,00A2)",
        published="Required for the first Control Point of Control Point Delivery Sequence "
        "(3008,0040), or if the values of Beam Limiting Device change during the Beam and if "
        "Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) has the value YES.",
        replacement="Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) "
        "has the value YES and either the first Control Point of Control Point "
        "Delivery Sequence (3008,0040) or the values of Beam Limiting Device change during "
        "the Beam.",
        reason="PS3.3 2024c Table C.8-57 (RT Beams Session Record Module): as for Table "
        "C.8-50, the flag governs both cases",
    ),
)

_PIXEL_COMPONENT = (
    "PS3.3 2024c C.8.5.5.1.4: Pixel Component Organization (0018,6044) is US with the "
    "Enumerated Values 0 (Bit aligned positions), 1 (Ranges), 2 (Table look up), 3 (Code "
    "Sequence look up); the condition names the meaning, not the value"
)
_CT_VMI = (
    "Required if the IOD is CT Image IOD and Image Type (0008,0008) Value 4 is {v}, or the "
    "IOD is Enhanced CT Image IOD and Image Type (0008,0008) Value 5 is {v}, or the IOD is "
    "Enhanced CT Image IOD and Frame Type (0008,9007) Value 5 is {v}. May be present otherwise."
)
_FRACTION_GROUPS = (
    "PS3.3 2024c C.8.8.13 RT Fraction Scheme Module: Number of Beams (300A,0080) and Number "
    "of Brachy Application Setups (300A,00A0) stand in the items of Fraction Group Sequence "
    "(300A,0070), one per fraction group: 'for one or more fraction groups' is any item"
)
_MORE_FIXES: tuple[ConditionFix, ...] = (
    ConditionFix(
        table="table_C.8-17",
        path="(0018,6011)>(0018,6046)",
        published="Required if Pixel Component Organization = Bit aligned.",
        replacement="Required if Pixel Component Organization (0018,6044) is 0.",
        reason=_PIXEL_COMPONENT,
    ),
    *(
        ConditionFix(
            table="table_C.8-17",
            path=f"(0018,6011)>{tag}",
            published="Required if Pixel Component Organization = Ranges.",
            replacement="Required if Pixel Component Organization (0018,6044) is 1.",
            reason=_PIXEL_COMPONENT,
        )
        for tag in ("(0018,6048)", "(0018,604A)")
    ),
    *(
        ConditionFix(
            table="table_C.10-5",
            path=f"(0070,0001)>{tag}",
            published="Either one or both of Text Object Sequence (0070,0008) or Graphic "
            "Object Sequence (0070,0009) are required.",
            replacement=f"Required if {other} is not present.",
            reason="PS3.3 2024c Table C.10-5 (Graphic Annotation Module): 'Either one or both "
            "... are required': each is required when the other is absent",
        )
        for tag, other in (
            ("(0070,0008)", "Graphic Object Sequence (0070,0009)"),
            ("(0070,0009)", "Text Object Sequence (0070,0008)"),
        )
    ),
    *(
        ConditionFix(
            table="table_C.8-3",
            path=path,
            published="Required if one Derivation Code Sequence (0008,9215) Item value is "
            '(113097, DCM, "Multi-energy proportional weighting"). May be present otherwise.',
            replacement="Required if Derivation Code Sequence (0008,9215) contains an Item "
            'with the value (113097, DCM, "Multi-energy proportional weighting"). May be '
            "present otherwise.",
            reason="PS3.3 2024c Table C.8-3 (CT Image Module): 'one Derivation Code Sequence "
            "Item value is (code)' is an item of the sequence holding that code",
        )
        for path in ("(0018,9353)", "(0018,9360)>(0018,9353)")
    ),
    ConditionFix(
        table="table_C.8.28.2-1",
        path="(0022,1443)",
        published="Required if Ophthalmic Thickness Map Type Code Sequence (0022,1436) contains "
        'an Item with the value or (111931, DCM, "Thickness deviation category from normative '
        'data") or (111932, DCM, "Thickness deviation from normative data"). May be present '
        "otherwise.",
        replacement="Required if Ophthalmic Thickness Map Type Code Sequence (0022,1436) "
        'contains an Item with the value (111931, DCM, "Thickness deviation category from '
        'normative data") or (111932, DCM, "Thickness deviation from normative data"). May be '
        "present otherwise.",
        reason="PS3.3 2024c Table C.8.28.2-1: 'with the value or (...)': a stray 'or'",
    ),
    ConditionFix(
        table="table_C.36.23-1",
        path="(300A,0722)>(300A,0605)",
        published="Required if Number of Radiation Generation Modes (300A,0685) is present and "
        "the conditions in Section C.36.2.2.5.1.1are satisfied.",
        replacement="Required if Number of Radiation Generation Modes (300A,0685) is present "
        "and the conditions in Section C.36.2.2.5.1.1 are satisfied.",
        reason="PS3.3 2024c Table C.36.23-1: the space after the section number is missing",
    ),
    ConditionFix(
        table="table_C.8.15.3.12-1",
        path="(0018,9364)",
        published="Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type "
        "(0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in "
        "the Enhanced CT Image IOD Frame is VMI. May be present otherwise.",
        replacement=_CT_VMI.format(v="VMI"),
        reason="PS3.3 2024c Table C.8.15.3.12-1 (Multi-energy CT Processing Macro): each "
        "subject has its own IOD and value number; spelled out per IOD",
    ),
    ConditionFix(
        table="table_C.8.15.3.12-1",
        path="(0018,9364)>(0018,937C)",
        published="Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type "
        "(0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in "
        "the Enhanced CT Image IOD Frame is EQUAL to VMI. May be present otherwise.",
        replacement=_CT_VMI.format(v="VMI"),
        reason="PS3.3 2024c Table C.8.15.3.12-1 (Multi-energy CT Processing Macro): each "
        "subject has its own IOD and value number; spelled out per IOD ('is EQUAL to VMI')",
    ),
    ConditionFix(
        table="table_C.8-25b",
        path="(0028,0009)",
        published="Shall be present if Number of Frames is greater than 1, overriding "
        "(specializing) the Type 1 requirement on this Attribute in the Multi-frame Module.",
        replacement="Shall be present if Number of Frames (0028,0008) is greater than 1.",
        reason="PS3.3 2024c Table C.8-25b (Enhanced XA/XRF Image Module): the clause after "
        "the condition says how it relates to the Multi-frame Module, it adds no condition",
    ),
    ConditionFix(
        table="table_C.8-30",
        path="(0018,1500)",
        published="Required if Pixel Data (7FE0,0010) contains more than one frame. May be "
        "present otherwise.",
        replacement="Required if Number of Frames (0028,0008) is greater than 1. May be "
        "present otherwise.",
        reason="PS3.3 2024c Table C.8-30 (XA Positioner Module): the frames of Pixel Data are "
        "counted by Number of Frames (0028,0008) (PS3.3 C.7.6.6 Multi-frame Module)",
    ),
    *(
        ConditionFix(
            table=table,
            path="Modality LUT",
            published="Required if Pixel Intensity Relationship (0028,1040) is LOG U - "
            "Optional if Pixel Intensity Relationship (0028,1040) is DISP",
            replacement="Required if Pixel Intensity Relationship (0028,1040) is LOG. May be "
            "present if Pixel Intensity Relationship (0028,1040) is DISP.",
            reason=f"PS3.3 2024c Table {table.removeprefix('table_')}: the usage cell reads "
            "'C - Required if ... LOG' and 'U - Optional if ... DISP'",
        )
        for table in ("table_A.14-1", "table_A.16-1")
    ),
    ConditionFix(
        table="table_A.20.3-1",
        path="RT Beams",
        published="Required if RT Fraction Scheme Module exists and Number of Beams "
        "(300A,0080) is greater than zero for one or more fraction groups. Shall not be "
        "present, if RT Brachy Application Setups Module is present. May be present otherwise.",
        replacement="Required if RT Fraction Scheme Module exists and Number of Beams "
        "(300A,0080) in Fraction Group Sequence (300A,0070) is greater than zero. Shall not be "
        "present, if RT Brachy Application Setups Module is present. May be present otherwise.",
        reason=_FRACTION_GROUPS,
    ),
    ConditionFix(
        table="table_A.20.3-1",
        path="RT Brachy Application Setups",
        published="Required if RT Fraction Scheme Module exists and Number of Brachy "
        "Application Setups (300A,00A0) is greater than zero for one or more fraction groups. "
        "Shall not be present, if RT Beams Module is present. May be present otherwise.",
        replacement="Required if RT Fraction Scheme Module exists and Number of Brachy "
        "Application Setups (300A,00A0) in Fraction Group Sequence (300A,0070) is greater than "
        "zero. Shall not be present, if RT Beams Module is present. May be present otherwise.",
        reason=_FRACTION_GROUPS,
    ),
    ConditionFix(
        table="table_A.49-1",
        path="RT Ion Beams",
        published="Required if RT Fraction Scheme Module is included and Number of Beams "
        "(300A,0080) is greater than zero for one or more fraction groups",
        replacement="Required if RT Fraction Scheme Module is included and Number of Beams "
        "(300A,0080) in Fraction Group Sequence (300A,0070) is greater than zero.",
        reason=_FRACTION_GROUPS,
    ),
)

_BY_ROW = {(fix.table, fix.path): fix for fix in (*FIXES, *_MORE_FIXES)}


def fixed_text(table: str, path: str, published: str) -> str | None:
    """The text to read for this row, or ``None`` when no fix applies."""
    fix = _BY_ROW.get((table, path))
    if fix is None or fix.published != published:
        return None
    return fix.replacement
