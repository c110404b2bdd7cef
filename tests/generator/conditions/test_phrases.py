"""Phrases of real 2024c conditions, read into predicates (texts copied from the IR)."""

from __future__ import annotations

from generator.conditions import Vocabulary, Where, parse_condition
from generator.ir.conditions import ConditionRule

CT = "1.2.840.10008.5.1.4.1.1.2"


def read(
    text: str, names: Vocabulary, path: tuple[int, ...] = (), table: str = "t"
) -> ConditionRule:
    return parse_condition(text, names=names, where=Where(table, path))


def test_patient_position_is_required_for_ct_and_mr_without_orientation_code(
    names: Vocabulary,
) -> None:
    # PS3.3 Table C.7-5a General Series Module, Patient Position (0018,5100), Type 2C
    rule = read(
        "Required for images where Patient Orientation Code Sequence (0054,0410) is not present "
        'and whose SOP Class is one of the following: CT ("1.2.840.10008.5.1.4.1.1.2") or MR '
        '("1.2.840.10008.5.1.4.1.1.4") or Enhanced CT ("1.2.840.10008.5.1.4.1.1.2.1") or '
        'Enhanced MR Image ("1.2.840.10008.5.1.4.1.1.4.1") or Enhanced Color MR Image '
        '("1.2.840.10008.5.1.4.1.1.4.3") or MR Spectroscopy ("1.2.840.10008.5.1.4.1.1.4.2") '
        "Storage SOP Classes.",
        names,
        (0x00185100,),
    )
    assert rule.status == "parsed"
    assert rule.required is not None
    assert rule.required.to_runtime() == (
        "and",
        ("not", ("present", 0x00540410)),
        (
            "sop_class",
            (
                CT,
                "1.2.840.10008.5.1.4.1.1.4",
                "1.2.840.10008.5.1.4.1.1.2.1",
                "1.2.840.10008.5.1.4.1.1.4.1",
                "1.2.840.10008.5.1.4.1.1.4.3",
                "1.2.840.10008.5.1.4.1.1.4.2",
            ),
        ),
    )
    assert rule.otherwise is None


def test_image_type_value_one_with_may_be_present_otherwise(names: Vocabulary) -> None:
    rule = read(
        "Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED. "
        "May be present otherwise.",
        names,
    )
    assert rule.status == "parsed"
    assert rule.required is not None
    assert rule.required.to_runtime() == ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED"))
    assert rule.otherwise == "may"


def test_value_three_of_image_type_and_a_second_attribute(names: Vocabulary) -> None:
    rule = read(
        "Required if Image Type (0008,0008) Value 1 is ORIGINAL or MIXED and Geometry of "
        "k-Space Traversal (0018,9032) equals RECTILINEAR.",
        names,
    )
    assert rule.required is not None
    assert rule.required.to_runtime() == (
        "and",
        ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
        ("value", 0x00189032, 0, "in", ("RECTILINEAR",)),
    )


def test_samples_per_pixel_greater_than_one(names: Vocabulary) -> None:
    # PS3.3 Table C.7-11a Image Pixel Description Macro, Planar Configuration (0028,0006)
    rule = read("Required if Samples per Pixel (0028,0002) has a value greater than 1.", names)
    assert rule.required is not None
    assert rule.required.to_runtime() == ("compare", 0x00280002, 1, ">", 1)


def test_frame_increment_pointer_names_tags(names: Vocabulary) -> None:
    # PS3.3 Table A.8-2 (Multi-frame SC), Cine Module usage C
    rule = read(
        "Required if Frame Increment Pointer (0028,0009) is Frame Time (0018,1063) or Frame "
        "Time Vector (0018,1065)",
        names,
    )
    assert rule.required is not None
    assert rule.required.to_runtime() == (
        "value",
        0x00280009,
        0,
        "in",
        (0x00181063, 0x00181065),
    )


def test_mutually_exclusive_forbids_and_requires_nothing(names: Vocabulary) -> None:
    # PS3.3 Table C.10-11 Waveform Annotation, Unformatted Text Value (0070,0006)
    rule = read("Mutually exclusive with Concept Name Code Sequence (0040,A043).", names)
    assert rule.status == "parsed"
    assert rule.required is None
    assert rule.forbidden is not None
    assert rule.forbidden.to_runtime() == ("present", 0x0040A043)


def test_shall_not_be_present_if(names: Vocabulary) -> None:
    # PS3.3 Table C.11-1b Modality LUT Macro, Modality LUT Sequence (0028,3000)
    rule = read("Shall not be present if Rescale Intercept (0028,1052) is present.", names)
    assert rule.required is None
    assert rule.forbidden is not None
    assert rule.forbidden.to_runtime() == ("present", 0x00281052)


def test_required_if_absent_shall_not_be_present_otherwise(names: Vocabulary) -> None:
    rule = read(
        "Required if Modality LUT Sequence (0028,3000) is not present. Shall not be present "
        "otherwise.",
        names,
    )
    assert rule.required is not None
    assert rule.required.to_runtime() == ("not", ("present", 0x00283000))
    assert rule.otherwise == "shall_not"


def test_list_of_absent_attributes(names: Vocabulary) -> None:
    rule = read(
        "Required if STOW-RS Storage Sequence (0040,4072) and DICOM Storage Sequence "
        "(0040,4071) are not present. May be present otherwise.",
        names,
    )
    assert rule.required is not None
    assert rule.required.to_runtime() == (
        "and",
        ("not", ("present", 0x00404072)),
        ("not", ("present", 0x00404071)),
    )


def test_either_of_two_is_present(names: Vocabulary) -> None:
    # PS3.3 Table C.4-13 (0010,0035)
    rule = read(
        "Required if either Patient's Birth Date in Alternative Calendar (0010,0033) or "
        "Patient's Alternative Death Date in Calendar (0010,0034) is present.",
        names,
    )
    assert rule.required is not None
    assert rule.required.to_runtime() == (
        "or",
        ("present", 0x00100033),
        ("present", 0x00100034),
    )


def test_elliptic_subject_after_or(names: Vocabulary) -> None:
    rule = read(
        "Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is absent, "
        "or is present and has the value NO.",
        names,
    )
    assert rule.status == "parsed"
    assert rule.required is not None
    assert rule.required.to_runtime() == (
        "or",
        ("not", ("present", 0x300800A3)),
        ("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("NO",))),
    )


def test_non_human_organism_is_undecidable_and_keeps_the_attribute_part(
    names: Vocabulary,
) -> None:
    # PS3.3 Table C.7-1 Patient Module, Patient Breed Description (0010,2292)
    rule = read(
        "Required if the Patient is a non-human organism and if Patient Species Description "
        "(0010,2201) is not present. May be present otherwise.",
        names,
    )
    assert rule.status == "undecidable"
    assert rule.required is not None
    runtime = rule.required.to_runtime()
    assert runtime[0] == "and"
    assert runtime[1][0] == "unknown"
    assert runtime[2] == ("not", ("present", 0x00102201))
    assert rule.otherwise == "may"


def test_a_fact_without_an_attribute_is_undecidable(names: Vocabulary) -> None:
    rule = read("Required if contrast media was used in this image.", names)
    assert rule.status == "undecidable"
    assert rule.required is not None
    assert rule.required.to_runtime()[0] == "unknown"


def test_section_number_names_the_module_in_it(names: Vocabulary) -> None:
    # PS3.3 Table A.20-3 (RT Beams usage): link text replaced by "Section C.8.8.13"
    as_section = read("Required if Section C.8.8.13 exists.", names)
    as_name = read("Required if RT Fraction Scheme Module exists.", names)
    assert as_section.required == as_name.required
    assert as_name.required is not None
    assert as_name.required.to_runtime() == ("module", "RT Fraction Scheme")


def test_functional_group_macros_present(names: Vocabulary) -> None:
    rule = read(
        "Required if Pixel Measures or Plane Position (Patient) or Plane Orientation (Patient) "
        "Functional Group Macros Present",
        names,
    )
    assert rule.required is not None
    assert rule.required.to_runtime() == (
        "or",
        ("functional_group", "Pixel Measures"),
        ("functional_group", "Plane Position (Patient)"),
        ("functional_group", "Plane Orientation (Patient)"),
    )


def test_first_item_of_the_parent_sequence(names: Vocabulary) -> None:
    # PS3.3 Table C.8-50 RT Beams, (300A,00B0)>(300A,0111)>(300A,012A) Type 2C
    rule = read(
        "Required for first Item of Control Point Sequence (300A,0111), or if Table Top "
        "Lateral Position changes during Beam.",
        names,
        (0x300A00B0, 0x300A0111, 0x300A012A),
    )
    assert rule.status == "undecidable"
    assert rule.required is not None
    runtime = rule.required.to_runtime()
    assert runtime[:2] == ("or", ("item_index", "==", 1))
    assert runtime[2][0] == "unknown"


def test_code_item_values(names: Vocabulary) -> None:
    rule = read(
        'Required if Sound Speed Correction Mechanism (0018,9832) is (130818, DCM, "Uniform '
        'Speed of Sound Correction") or (130819, DCM, "Dual Speed of Sound Correction").',
        names,
    )
    assert rule.required is not None
    assert rule.required.to_runtime() == (
        "code",
        0x00189832,
        (("130818", "DCM"), ("130819", "DCM")),
    )


def test_unreadable_text_is_unparsed_with_a_reason(names: Vocabulary) -> None:
    rule = read("Required if", names)
    assert rule.status == "unparsed"
    assert rule.reasons


def test_describe_reads_like_the_contract(names: Vocabulary) -> None:
    rule = read("Required if Pixel Spacing Calibration Type (0028,0A02) is present.", names)
    assert rule.describe() == "required: present (0028,0A02)"
