"""Constructs of real 2024c condition texts read by the grammar (issue 13), one test each.

Every text is copied from the IR of 2024c + Sup 243; the comment names its table and row.
"""

from __future__ import annotations

from generator.conditions import Vocabulary, Where, parse_condition
from generator.ir.conditions import ConditionRule
from generator.overrides.conditions import fixed_text

RT_CONTROL_POINT_INDEX = 0x300A0600
SHARED, PER_FRAME = 0x52009229, 0x52009230


def read(
    text: str,
    names: Vocabulary,
    path: tuple[int, ...] = (),
    table: str = "t",
    *,
    row: str | None = None,
) -> ConditionRule:
    fixed = fixed_text(table, row, text) if row is not None else None
    return parse_condition(text, names=names, where=Where(table, path), fixed_text=fixed)


def required(rule: ConditionRule) -> tuple[object, ...]:
    assert rule.required is not None, rule
    return rule.required.to_runtime()


def test_the_tag_decides_when_the_name_before_it_differs(names: Vocabulary) -> None:
    # Table A.16-1 X-Ray Tomography Acquisition usage: the data dictionary says Scan Options
    assert required(read("Required if Scan Option (0018,0022) is TOMO", names)) == (
        "value",
        0x00180022,
        0,
        "in",
        ("TOMO",),
    )
    # Table C.36.2.2.7-1 (300A,067B): the dictionary spells "Radiation GenerationModes"
    rule = read("Required if Number of Radiation Generation Modes (300A,0685) is present.", names)
    assert rule.status == "parsed"
    assert required(rule) == ("present", 0x300A0685)
    # Table C.36.2.4.6-1 (0018,0060): "Imaging" before the dictionary's name
    rule = read(
        "Required if Imaging Energy Derivation Code Sequence (3002,0133) is not present.", names
    )
    assert required(rule) == ("not", ("present", 0x30020133))


def test_and_binds_tighter_than_or_in_a_list_and_otherwise_required(names: Vocabulary) -> None:
    # Table C.8.17.2-1 Ophthalmic Photography Image Module, Pixel Spacing (0028,0030)
    rule = read(
        "Shall not be present when Two Dimensional to Three Dimensional Map Sequence (0022,1518) "
        "or X Coordinates Center Pixel View Angle (0022,1528) and Y Coordinates Center Pixel "
        "View Angle (0022,1529) are present. Otherwise, required when Acquisition Device Type "
        'Code Sequence (0022,0015) contains an Item with the value (409898007, SCT, "Fundus '
        'Camera"). May be present otherwise.',
        names,
    )
    forbidden = (
        "or",
        ("present", 0x00221518),
        ("and", ("present", 0x00221528), ("present", 0x00221529)),
    )
    assert rule.status == "parsed"
    assert rule.forbidden is not None
    assert rule.forbidden.to_runtime() == forbidden
    assert required(rule) == (
        "and",
        ("not", forbidden),
        ("code", 0x00220015, (("409898007", "SCT"),)),
    )
    assert rule.otherwise == "may"


def test_comma_and_closes_a_list(names: Vocabulary) -> None:
    # Table C.23.3-1 Hanging Protocol Display Module, Selector Attribute VR (0072,0050)
    rule = read(
        "Required if Selector Attribute (0072,0026) or Filter-by Category (0072,0402), and "
        "Filter-by Operator (0072,0406) are present.",
        names,
    )
    assert required(rule) == (
        "and",
        ("or", ("present", 0x00720026), ("present", 0x00720402)),
        ("present", 0x00720406),
    )


def test_and_if_starts_a_new_clause_and_section_c36_2_2_5_1_1(names: Vocabulary) -> None:
    # Table C.36.2.2.5-1 RT Control Point General Macro, Cumulative Meterset (300A,063C)
    rule = read(
        "Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals "
        "FULL or IDENT_ONLY or RT Record Flag (300A,0639) equals YES and if the conditions in "
        "Section C.36.2.2.5.1.1 are satisfied. May be present otherwise only if the conditions "
        "in Section C.36.2.2.5.1.1 are satisfied.",
        names,
    )
    section = required(rule)[2]
    assert rule.status == "undecidable"
    assert required(rule)[:2] == (
        "and",
        (
            "or",
            ("value", 0x300A0638, 0, "in", ("FULL", "IDENT_ONLY")),
            ("value", 0x300A0639, 0, "in", ("YES",)),
        ),
    )
    # At the first control point (RT Control Point Index 1) required; later ones depend on
    # whether the value changed.
    assert isinstance(section, tuple)
    assert section[0] == "or"
    assert section[1] == ("compare", RT_CONTROL_POINT_INDEX, 1, "==", 1)
    assert section[2][0] == "unknown"
    assert rule.also_may is not None
    assert rule.also_may.to_runtime() == section


def test_segment_reference_rows_by_referenced_sop_class(names: Vocabulary) -> None:
    # Table C.36.9-1 Segment Reference Module, Referenced ROI Number (3006,0084): C.36.9.1.1
    rule = read(
        "Required as described in Section C.36.9.1.1.",
        names,
        (0x30100021, 0x30100023, 0x30060084),
        "table_C.36.9-1",
        row="(3010,0021)>(3010,0023)>(3006,0084)",
    )
    assert rule.status == "parsed"
    assert required(rule) == (
        "value",
        (0x00081199, 0x00081150),
        0,
        "in",
        ("1.2.840.10008.5.1.4.1.1.481.3",),
    )
    assert rule.text == "Required as described in Section C.36.9.1.1."


def test_stow_rs_metadata_is_an_encoding_context(names: Vocabulary) -> None:
    # Table C.7-11a Image Pixel Module, the row including the Image Pixel Description Macro
    rule = read(
        "Required if the IOD is not being transferred in a STOW-RS Request and is not encoded "
        "as metadata and compressed bulk pixel data. May be present otherwise.",
        names,
    )
    runtime = required(rule)
    assert runtime[0] == "not"
    assert runtime[1][0] == "and"
    assert runtime[1][1] == ("context", "stow-rs-metadata")
    assert runtime[1][2][0] == "unknown"
    assert rule.otherwise == "may"


def test_if_and_only_if_on_an_include_row(names: Vocabulary) -> None:
    # Table C.17-5 Document Content Macro: Include Table C.18.1-1 Numeric Measurement Macro
    rule = read("if and only if Value Type (0040,A040) is NUM.", names)
    assert rule.status == "parsed"
    assert required(rule) == ("value", 0x0040A040, 0, "in", ("NUM",))
    assert rule.otherwise == "shall_not"


def test_a_bare_if_lead_joins_the_required_statement(names: Vocabulary) -> None:
    # Table C.8-50 RT Beams Module, Table Top Pitch Angle (300A,0140) in a Control Point item
    rule = read(
        "If required by treatment delivery device, shall be present for first Item of "
        "Control Point Sequence (300A,0111).",
        names,
        (0x300A00B0, 0x300A0111, 0x300A0140),
    )
    runtime = required(rule)
    assert rule.status == "undecidable"
    assert runtime[0] == "and"
    assert runtime[1][0] == "unknown"
    assert runtime[2] == ("item_index", "==", 1)


def test_first_item_if_and_subsequent_control_points(names: Vocabulary) -> None:
    # Table C.8-50 RT Beams Module, Wedge Position Sequence (300A,0116)
    rule = read(
        "Required for first Item of Control Point Sequence (300A,0111) if Number of Wedges "
        "(300A,00D0) is non-zero, and in subsequent control points if Wedge Position "
        "(300A,0118) changes during Beam.",
        names,
        (0x300A00B0, 0x300A0111, 0x300A0116),
    )
    runtime = required(rule)
    assert runtime[0] == "or"
    assert runtime[1] == (
        "and",
        ("item_index", "==", 1),
        ("compare", 0x300A00D0, 1, "!=", 0),
    )
    assert runtime[2][:2] == ("and", ("item_index", ">", 1))


def test_an_attribute_in_a_module_and_at_the_image_level(names: Vocabulary) -> None:
    # Table A.38-1 Enhanced CT Image IOD, Supplemental Palette Color Lookup Table usage
    rule = read(
        "Required if Pixel Presentation (0008,9205) in the Enhanced CT Image Module equals "
        "COLOR or MIXED.",
        names,
    )
    assert required(rule) == ("value", 0x00089205, 0, "in", ("COLOR", "MIXED"))
    # Table C.7-11c Palette Color LUT Descriptors (0028,1101)
    rule = read(
        "Required if Photometric Interpretation (0028,0004) has a value of PALETTE COLOR or "
        "Pixel Presentation (0008,9205) at the image level equals COLOR or MIXED.",
        names,
    )
    assert required(rule) == (
        "or",
        ("value", 0x00280004, 0, "in", ("PALETTE COLOR",)),
        ("value", 0x00089205, 0, "in", ("COLOR", "MIXED")),
    )


def test_present_in_one_of_two_modules_follows_its_sequences(names: Vocabulary) -> None:
    # Table A.80.1-1 Planar MPR Volumetric Presentation State IOD, Graphic Layer usage
    rule = read(
        "Required if Graphic Layer (0070,0002) is present in the Volumetric Graphic Annotation "
        "Module or the Graphic Annotation Module",
        names,
    )
    assert required(rule) == (
        "or",
        ("present", (0x00701901, 0x00700002)),
        ("present", (0x00700001, 0x00700002)),
    )


def test_in_any_functional_group_of_the_instance(names: Vocabulary) -> None:
    # Table A.36-2 Enhanced MR Image IOD functional groups, MR Diffusion
    rule = read(
        "Required if Acquisition Contrast (0008,9209) in any MR Image Frame Type Functional "
        "Group in the SOP Instance equals DIFFUSION and Image Type (0008,0008) Value 1 is "
        "ORIGINAL or MIXED. May be present otherwise.",
        names,
    )
    frames = tuple(
        ("value", (outer, 0x00189226, 0x00089209), 0, "in", ("DIFFUSION",))
        for outer in (SHARED, PER_FRAME)
    )
    assert required(rule) == (
        "and",
        ("or", *frames),
        ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
    )
    # MR Spatial Saturation: "for any frame in the SOP Instance", any group holding it
    rule = read(
        "Required if Spatial Pre-saturation (0018,9027) equals SLAB for any frame in the SOP "
        "Instance and Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. May be present "
        "otherwise.",
        names,
    )
    assert required(rule)[1] == (
        "or",
        ("value", (SHARED, 0x00189115, 0x00189027), 0, "in", ("SLAB",)),
        ("value", (PER_FRAME, 0x00189115, 0x00189027), 0, "in", ("SLAB",)),
    )


def test_a_or_b_is_not_present_means_neither_but_either_means_one(names: Vocabulary) -> None:
    # Table 10-3c (0040,4071) DICOM Storage Sequence
    rule = read(
        "Required if STOW-RS Storage Sequence (0040,4072) or XDS Storage Sequence (0040,4074) "
        "is not present. May be present otherwise.",
        names,
    )
    assert required(rule) == (
        "and",
        ("not", ("present", 0x00404072)),
        ("not", ("present", 0x00404074)),
    )
    # Table C.8-27 CR Image Module, Exposure (0018,1152)
    rule = read(
        "Required if either Exposure Time (0018,1150) or X-Ray Tube Current (0018,1151) are not "
        "present. May be present otherwise.",
        names,
    )
    assert required(rule) == (
        "or",
        ("not", ("present", 0x00181150)),
        ("not", ("present", 0x00181151)),
    )


def test_segmented_palette_data_and_iod_families(names: Vocabulary) -> None:
    # Table C.7-22a Palette Color Lookup Table Module, Red Palette Color LUT Data (0028,1201)
    rule = read(
        "Required if segmented data is NOT used in an Image IOD or Color Palette IOD, or if the "
        "IOD is a Presentation State IOD or Segmentation IOD.",
        names,
    )
    assert rule.status == "parsed"
    runtime = required(rule)
    assert runtime[0] == "or"
    segmented, images = runtime[1][1], runtime[1][2]
    assert segmented == (
        "not",
        ("or", ("present", 0x00281221), ("present", 0x00281222), ("present", 0x00281223)),
    )
    assert "CT Image" in images[1]
    assert "Color Palette" in images[1]
    assert "Grayscale Softcopy Presentation State" not in images[1]
    states = runtime[2][1]
    assert "Grayscale Softcopy Presentation State" in states
    assert "Segmentation" in states
    assert "Presentation LUT" not in states
    # Segmented Red Palette Color LUT Data (0028,1221): forbidden in those IODs
    rule = read(
        "Required if segmented data is used in an Image IOD or Color Palette IOD; shall not be "
        "present in a Presentation State IOD or Segmentation IOD.",
        names,
    )
    assert rule.forbidden is not None
    assert rule.forbidden.to_runtime() == ("iod", states)


def test_a_section_number_in_parentheses_after_a_name(names: Vocabulary) -> None:
    # Table A.51-1 Segmentation IOD, Common Instance Reference usage
    rule = read("Required if Derivation Image Functional Group (C.7.6.16.2.6) is present.", names)
    assert required(rule) == ("functional_group", "Derivation Image")


def test_a_value_is_present_in(names: Vocabulary) -> None:
    # Table C.36.2.1.3-1 (3010,004E)>(3010,004F)
    rule = read(
        "Required if a value is present in Minimum Number of Interval Days (3010,0050) or "
        "Maximum Number of Interval Days (3010,0051).",
        names,
    )
    assert required(rule) == ("or", ("has_value", 0x30100050), ("has_value", 0x30100051))


def test_contains_either_of_two_codes(names: Vocabulary) -> None:
    # Table C.36.2.2.19-1 (300A,0647)
    rule = read(
        'Required if Device Type Code Sequence (3010,002E) contains either (130331, DCM, "Leaf '
        'Pairs") or (130333, DCM, "Single Leaves").',
        names,
    )
    assert required(rule) == ("code", 0x3010002E, (("130331", "DCM"), ("130333", "DCM")))


def test_overrides_for_named_meanings_and_modules(names: Vocabulary) -> None:
    # Table C.8-17 (0018,6011)>(0018,6048): "Ranges" is Enumerated Value 1
    rule = read(
        "Required if Pixel Component Organization = Ranges.",
        names,
        table="table_C.8-17",
        row="(0018,6011)>(0018,6048)",
    )
    assert required(rule) == ("value", 0x00186044, 0, "in", (1,))
    # Table A.14-1 XA Image IOD, Modality LUT usage "C - ... LOG" / "U - ... DISP"
    rule = read(
        "Required if Pixel Intensity Relationship (0028,1040) is LOG U - Optional if Pixel "
        "Intensity Relationship (0028,1040) is DISP",
        names,
        table="table_A.14-1",
        row="Modality LUT",
    )
    assert required(rule) == ("value", 0x00281040, 0, "in", ("LOG",))
    assert rule.also_may is not None
    assert rule.also_may.to_runtime() == ("value", 0x00281040, 0, "in", ("DISP",))
    # Table C.8.15.3.12-1 (0018,9364): value number per IOD
    rule = read(
        "Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) "
        "Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced "
        "CT Image IOD Frame is VMI. May be present otherwise.",
        names,
        table="table_C.8.15.3.12-1",
        row="(0018,9364)",
    )
    assert required(rule) == (
        "or",
        ("and", ("iod", ("CT Image",)), ("value", 0x00080008, 4, "in", ("VMI",))),
        ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00080008, 5, "in", ("VMI",))),
        ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00089007, 5, "in", ("VMI",))),
    )
    # Table A.20.3-1 RT Plan IOD, RT Beams usage: any fraction group
    rule = read(
        "Required if RT Fraction Scheme Module exists and Number of Beams (300A,0080) is "
        "greater than zero for one or more fraction groups. Shall not be present, if RT Brachy "
        "Application Setups Module is present. May be present otherwise.",
        names,
        table="table_A.20.3-1",
        row="RT Beams",
    )
    assert required(rule) == (
        "and",
        ("module", "RT Fraction Scheme"),
        ("compare", (0x300A0070, 0x300A0080), 1, ">", 0),
    )


def test_facts_outside_the_data_set_are_undecidable(names: Vocabulary) -> None:
    # Table C.12-9 (0008,1164)>(0008,1163)
    rule = read(
        "Required if object extraction is based on a Frame Level Retrieve using Time Range "
        "(0008,1163).",
        names,
    )
    assert rule.status == "undecidable"
    assert required(rule)[0] == "unknown"
    # Table 8.8-1a (0008,0120): the attribute part stays a predicate
    rule = read(
        "Shall be present if Code Value (0008,0100) is not present and the Code Value is a URN "
        "or URL.",
        names,
    )
    assert rule.status == "undecidable"
    assert required(rule)[1] == ("not", ("present", 0x00080100))


def test_a_trailing_clause_joins_all_before_it(names: Vocabulary) -> None:
    # Table C.8-50 RT Beams Module, Enhanced RT Beam Limiting Opening Sequence (3008,00A2):
    # the Enhanced flag governs the first control point too (rtplan.dcm of pydicom's corpus
    # has no flag and no such sequence)
    rule = read(
        "Required for first Item of Control Point Sequence (300A,0111), or if the values of "
        "the Beam Limiting Device change during Beam and if Enhanced RT Beam Limiting Device "
        "Definition Flag (3008,00A3) is present and has the value YES.",
        names,
        (0x300A00B0, 0x300A0111, 0x300800A2),
    )
    runtime = required(rule)
    assert runtime[0] == "and"
    assert runtime[1][:2] == ("or", ("item_index", "==", 1))
    assert runtime[2:] == (("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("YES",)))
    # (300A,011A): ", or is present and has the value NO" continues the flag's clause
    rule = read(
        "Required for first Item of Control Point Sequence (300A,0111), or if the values of "
        "the Beam Limiting Device change during the Beam, and if Enhanced RT Beam Limiting "
        "Device Definition Flag (3008,00A3) is absent, or is present and has the value NO.",
        names,
        (0x300A00B0, 0x300A0111, 0x300A011A),
    )
    runtime = required(rule)
    assert runtime[0] == "and"
    assert runtime[2] == (
        "or",
        ("not", ("present", 0x300800A3)),
        ("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("NO",))),
    )


def test_value_n_of_keeps_its_number(names: Vocabulary) -> None:
    # Table C.8-38 RT Image Module, Reported Values Origin (3002,000A)
    rule = read("Required if Value 3 of Image Type (0008,0008) is SIMULATOR or PORTAL.", names)
    assert required(rule) == ("value", 0x00080008, 3, "in", ("SIMULATOR", "PORTAL"))
